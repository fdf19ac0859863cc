import { ChangePasswordWithVersion, SecondFactorCodeInput } from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";

import { changePassword } from "../services/account/change-password";
import { me } from "../services/account/me";
import {
  beginEnrolment,
  confirmEnrolment,
  disableSecondFactor,
  renewRecoveryCodes,
  secondFactorStatus,
} from "../services/account/second-factor";
import { noInput, permitted } from "../trpc";

export const accountRouter = {
  me: permitted("session.self", { beforePasswordChange: true })
    .input(noInput)
    .query(({ ctx }) => me(ctx)),
  changePassword: permitted("session.self", { beforePasswordChange: true })
    .input(ChangePasswordWithVersion)
    .mutation(({ ctx, input }) => changePassword(ctx, input)),
  // One's own second factor: open before anything else, since a role that requires one must enrol first.
  secondFactor: permitted("session.self", { beforePasswordChange: true })
    .input(noInput)
    .query(({ ctx }) => secondFactorStatus(ctx)),
  beginSecondFactor: permitted("session.self", { beforePasswordChange: true })
    .input(noInput)
    .mutation(({ ctx }) => beginEnrolment(ctx)),
  confirmSecondFactor: permitted("session.self", { beforePasswordChange: true })
    .input(SecondFactorCodeInput)
    .mutation(({ ctx, input }) => confirmEnrolment(ctx, input)),
  disableSecondFactor: permitted("session.self", { beforePasswordChange: true })
    .input(SecondFactorCodeInput)
    .mutation(({ ctx, input }) => disableSecondFactor(ctx, input)),
  renewRecoveryCodes: permitted("session.self", { beforePasswordChange: true })
    .input(SecondFactorCodeInput)
    .mutation(({ ctx, input }) => renewRecoveryCodes(ctx, input)),
} satisfies TRPCRouterRecord;
