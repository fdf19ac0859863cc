import { ADMIN_ROLES, type Role } from "./org";

/**
 * The roles that must sign in with a second factor (TOTP) when the security administrator has
 * saved no policy: a real deployment starts with it on for the three administrators, the bureau
 * lead and the leaders (等保 level 3). The one place this list is written.
 */
export const DEFAULT_SECOND_FACTOR_ROLES: readonly Role[] = [...ADMIN_ROLES, "bureau_lead", "leader"];

/** How a second factor is made and checked: RFC 6238 codes of 6 digits every 30 s, ten recovery codes. */
export const SECOND_FACTOR = {
  digits: 6,
  periodSeconds: 30,
  /** A code of the step before or after is still taken (a phone's clock a little off, a slow typist). */
  toleranceSeconds: 30,
  recoveryCodes: 10,
  /** How long the code step stays open after a right password. */
  challengeSeconds: 5 * 60,
  issuer: "招商通",
} as const;

/** Whether a role must have a second factor under the roles the policy names. */
export function secondFactorRequired(role: Role, requiredRoles: readonly Role[]): boolean {
  return requiredRoles.includes(role);
}

/** A TOTP code as typed: six digits, spaces allowed. */
export const TOTP_CODE = /^\d{6}$/;

/** A recovery code as typed, folded: case, spaces and dashes do not matter. */
export function foldRecoveryCode(raw: string): string {
  return raw.replace(/[\s-]/g, "").toLowerCase();
}

/** A six-digit code, or anything else as a recovery code. */
export function codeKind(raw: string): "totp" | "recovery" {
  return TOTP_CODE.test(raw.replace(/\s/g, "")) ? "totp" : "recovery";
}
