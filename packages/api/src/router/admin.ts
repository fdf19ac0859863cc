import { SetSessionPolicyInput, SetUserDisabledInput, UnlockUserInput } from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";

import { unlockUser } from "../services/admin/unlock";
import { listUsers, setUserDisabled } from "../services/admin/users";
import { getSessionPolicy, setSessionPolicy } from "../services/settings/session-policy";
import { noInput, permitted } from "../trpc";

export const adminRouter = {
  users: permitted("admin.users")
    .input(noInput)
    .query(({ ctx }) => listUsers(ctx)),
  setUserDisabled: permitted("admin.users")
    .input(SetUserDisabledInput)
    .mutation(({ ctx, input }) => setUserDisabled(ctx, input)),
  unlockUser: permitted("admin.unlock")
    .input(UnlockUserInput)
    .mutation(({ ctx, input }) => unlockUser(ctx, input)),
  sessionPolicy: permitted("admin.users")
    .input(noInput)
    .query(({ ctx }) => getSessionPolicy(ctx)),
  setSessionPolicy: permitted("admin.users")
    .input(SetSessionPolicyInput)
    .mutation(({ ctx, input }) => setSessionPolicy(ctx, input)),
} satisfies TRPCRouterRecord;
