import {
  ChangePlacementInput,
  CreateStaffAccountInput,
  ResetPasswordInput,
  ResetSecondFactorInput,
  SetSecondFactorPolicyInput,
  SetPasswordPolicyInput,
  SetSessionPolicyInput,
  SetUserDisabledInput,
  UnlockUserInput,
} from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";

import { staffUnits } from "../services/admin/account-rules";
import { changePlacement } from "../services/admin/change-placement";
import { createStaffAccount } from "../services/admin/create-account";
import { resetPassword } from "../services/admin/reset-password";
import { resetSecondFactor } from "../services/admin/reset-second-factor";
import { unlockUser } from "../services/admin/unlock";
import { listUsers, setUserDisabled } from "../services/admin/users";
import { getPasswordPolicy, setPasswordPolicy } from "../services/settings/password-policy";
import { getSecondFactorPolicy, setSecondFactorPolicy } from "../services/settings/second-factor-policy";
import { getSessionPolicy, setSessionPolicy } from "../services/settings/session-policy";
import { noInput, permitted } from "../trpc";

/**
 * Accounts and the security policies, split among the three administrators (三员分立, the permission
 * table's ADMIN_AREAS): the system administrator opens and disables business accounts; the security
 * administrator gives roles, resets credentials, unlocks and sets the policies; both see the list.
 */
export const adminRouter = {
  users: permitted("account.list")
    .input(noInput)
    .query(({ ctx }) => listUsers(ctx)),
  /** The units an account may sit in, with their kind, for the account forms. */
  staffUnits: permitted("account.list")
    .input(noInput)
    .query(({ ctx }) => staffUnits(ctx)),
  createUser: permitted("admin.users")
    .input(CreateStaffAccountInput)
    .mutation(({ ctx, input }) => createStaffAccount(ctx, input)),
  resetPassword: permitted("account.resetCredentials")
    .input(ResetPasswordInput)
    .mutation(({ ctx, input }) => resetPassword(ctx, input)),
  changePlacement: permitted("account.role")
    .input(ChangePlacementInput)
    .mutation(({ ctx, input }) => changePlacement(ctx, input)),
  setUserDisabled: permitted("admin.users")
    .input(SetUserDisabledInput)
    .mutation(({ ctx, input }) => setUserDisabled(ctx, input)),
  unlockUser: permitted("admin.unlock")
    .input(UnlockUserInput)
    .mutation(({ ctx, input }) => unlockUser(ctx, input)),
  sessionPolicy: permitted("security.policy")
    .input(noInput)
    .query(({ ctx }) => getSessionPolicy(ctx)),
  setSessionPolicy: permitted("security.policy")
    .input(SetSessionPolicyInput)
    .mutation(({ ctx, input }) => setSessionPolicy(ctx, input)),
  passwordPolicy: permitted("security.policy")
    .input(noInput)
    .query(({ ctx }) => getPasswordPolicy(ctx)),
  setPasswordPolicy: permitted("security.policy")
    .input(SetPasswordPolicyInput)
    .mutation(({ ctx, input }) => setPasswordPolicy(ctx, input)),
  /** Which roles must sign in with a second factor. */
  secondFactorPolicy: permitted("security.policy")
    .input(noInput)
    .query(({ ctx }) => getSecondFactorPolicy(ctx)),
  setSecondFactorPolicy: permitted("security.policy")
    .input(SetSecondFactorPolicyInput)
    .mutation(({ ctx, input }) => setSecondFactorPolicy(ctx, input)),
  /** A lost second factor, reset: only by the security administrator, never one's own. */
  resetSecondFactor: permitted("account.resetCredentials")
    .input(ResetSecondFactorInput)
    .mutation(({ ctx, input }) => resetSecondFactor(ctx, input)),
} satisfies TRPCRouterRecord;
