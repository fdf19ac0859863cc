import { z } from "zod";

import { isValidCreditCode } from "./credit-code";
import { STAGES } from "./stages";

/** Sign-in: an account name or an 11-digit mainland mobile number, and a password. */
export const SignInInput = z.object({
  login: z.string().trim().min(1, "login.required").max(64),
  password: z.string().min(1, "password.required").max(200),
});
export type SignInInput = z.infer<typeof SignInInput>;

export const MOBILE = /^1\d{10}$/;

/** A new password: 8–64 characters with letters and digits. */
export const NewPassword = z
  .string()
  .min(8, "password.tooShort")
  .max(64, "password.tooLong")
  .regex(/[A-Za-z]/, "password.needsLetter")
  .regex(/\d/, "password.needsDigit");

export const ChangePasswordInput = z.object({
  currentPassword: z.string().min(1, "password.required").max(200),
  newPassword: NewPassword,
});
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

export const Uuid = z.uuid();

/** A calendar day, YYYY-MM-DD (Asia/Shanghai). */
export const CalendarDate = z.iso.date({ error: "date.invalid" });

/** An amount in 万元 with at most two decimals, not negative, as a decimal string. */
export const WanAmount = z
  .string()
  .trim()
  .regex(/^\d{1,12}(\.\d{1,2})?$/, "amount.invalid");

/** A 统一社会信用代码 with a valid check character, upper-cased. */
export const CreditCode = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .refine(isValidCreditCode, "creditCode.invalid");

export const StageSchema = z.enum(STAGES);
