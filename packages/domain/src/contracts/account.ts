import { z } from "zod";

import { Uuid } from "../schemas";

const version = z.number().int().positive();

/** An account name: lower-case letters first, then letters, digits, dot, dash or underscore. */
export const Username = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9._-]{2,31}$/, "account.usernameInvalid");

/** Sign-in: an account name or an 11-digit mainland mobile number, and a password. */
export const SignInInput = z.object({
  login: z.string().trim().min(1, "login.required").max(64),
  password: z.string().min(1, "password.required").max(200),
});
export type SignInInput = z.infer<typeof SignInInput>;

/** Lower-case, upper-case, digits, anything else: a password needs three of the four. */
export function passwordClasses(password: string): number {
  return [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d]/].filter((r) => r.test(password)).length;
}

/**
 * A new password (等保 level 3): 10–64 characters of three of four kinds. The server checks the
 * rest: not a common password, not the account name or mobile number, not one of the last five.
 */
export const NewPassword = z
  .string()
  .min(10, "password.tooShort")
  .max(64, "password.tooLong")
  .refine((p) => passwordClasses(p) >= 3, "password.needsThreeKinds");

/** The form's fields; the procedure also takes the account's version. */
export const ChangePasswordInput = z.object({
  currentPassword: z.string().min(1, "password.required").max(200),
  newPassword: NewPassword,
});
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;
export const ChangePasswordWithVersion = ChangePasswordInput.extend({ version });
export type ChangePasswordWithVersion = z.infer<typeof ChangePasswordWithVersion>;

/** The admin disables an account (its sessions end at once) or enables it again. */
export const SetUserDisabledInput = z.object({ id: Uuid, disabled: z.boolean(), version });
export type SetUserDisabledInput = z.infer<typeof SetUserDisabledInput>;
/** Lifting the sign-in locks on an account: nothing to be stale about, a lock is not an edit. */
export const UnlockUserInput = z.object({ id: Uuid });
export type UnlockUserInput = z.infer<typeof UnlockUserInput>;

/** A code from the authenticator app: confirms an enrolment, a disabling or new recovery codes. */
export const SecondFactorCodeInput = z.object({
  code: z
    .string()
    .transform((s) => s.replace(/\s/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, "secondFactor.codeInvalid")),
});
export type SecondFactorCodeInput = z.infer<typeof SecondFactorCodeInput>;

/** The sign-in's second step: a code from the app or one of the recovery codes. */
export const SecondFactorSignInInput = z.object({
  code: z.string().trim().min(1, "secondFactor.codeRequired").max(40),
});
export type SecondFactorSignInInput = z.infer<typeof SecondFactorSignInInput>;

/** The security administrator resets someone's lost second factor (never their own). */
export const ResetSecondFactorInput = z.object({ id: Uuid, version });
export type ResetSecondFactorInput = z.infer<typeof ResetSecondFactorInput>;
