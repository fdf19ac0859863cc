import { ChangePasswordWithVersion } from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";

import { changePassword } from "../services/account/change-password";
import { me } from "../services/account/me";
import { noInput, permitted } from "../trpc";

export const accountRouter = {
  me: permitted("session.self", { beforePasswordChange: true })
    .input(noInput)
    .query(({ ctx }) => me(ctx)),
  changePassword: permitted("session.self", { beforePasswordChange: true })
    .input(ChangePasswordWithVersion)
    .mutation(({ ctx, input }) => changePassword(ctx, input)),
} satisfies TRPCRouterRecord;
