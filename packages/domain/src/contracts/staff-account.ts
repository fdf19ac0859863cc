import { z } from "zod";

import { BUSINESS_STAFF_ROLES, STAFF_ROLES, type StaffRole } from "../org";
import { MOBILE, Uuid } from "../schemas";
import { Username } from "./account";

const version = z.number().int().positive();

/**
 * A role and the unit the person sits in. The unit's kind must fit the role (unitFitsRole), which
 * the server checks against the unit itself. An enterprise's portal account is not among the roles:
 * it is opened on the enterprise's page.
 */
const roleAmong = (roles: readonly StaffRole[]) =>
  z.enum(roles as [StaffRole, ...StaffRole[]], { error: "account.roleRequired" });
const Placement = {
  role: roleAmong(STAFF_ROLES),
  unitId: Uuid.or(z.literal("")).refine((v) => v !== "", "account.unitRequired"),
};

/** Empty text is no value: the service stores it as null. */
const optionalText = (max: number, message: string) => z.string().trim().max(max, message).optional().nullable();

/**
 * The system administrator opens a staff account with a business role (an administrator's role is
 * given only by the security administrator, by moving an account); its one-time password is shown
 * once and must be changed at first sign-in.
 */
export const CreateStaffAccountInput = z.object({
  username: Username,
  displayName: z.string().trim().min(1, "account.nameRequired").max(40, "account.nameTooLong"),
  title: optionalText(40, "account.titleTooLong"),
  mobile: z.string().trim().regex(MOBILE, "account.mobileInvalid").or(z.literal("")).optional().nullable(),
  ...Placement,
  role: roleAmong(BUSINESS_STAFF_ROLES),
});
export type CreateStaffAccountInput = z.infer<typeof CreateStaffAccountInput>;

/** A new one-time password for an account: its sessions end, the person must choose a password at next sign-in. */
export const ResetPasswordInput = z.object({ id: Uuid, version });
export type ResetPasswordInput = z.infer<typeof ResetPasswordInput>;

/** The form's fields for moving an account; the procedure also names the account and its version. */
export const PlacementFields = z.object(Placement);
export type PlacementFields = z.infer<typeof PlacementFields>;

/** Moves an account to another role or unit: its sessions end, so the next one carries the new scope. */
export const ChangePlacementInput = z.object({ id: Uuid, version, ...Placement });
export type ChangePlacementInput = z.infer<typeof ChangePlacementInput>;
