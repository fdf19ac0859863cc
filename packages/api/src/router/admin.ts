import { SetUserDisabledInput } from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";

import { listUsers, setUserDisabled } from "../services/admin/users";
import { noInput, permitted } from "../trpc";

export const adminRouter = {
  users: permitted("admin.users")
    .input(noInput)
    .query(({ ctx }) => listUsers(ctx)),
  setUserDisabled: permitted("admin.users")
    .input(SetUserDisabledInput)
    .mutation(({ ctx, input }) => setUserDisabled(ctx, input)),
} satisfies TRPCRouterRecord;
