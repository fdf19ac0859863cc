import { z } from "zod";

import { isValidCreditCode } from "./credit-code";

// The primitives the contracts (./contracts/<aggregate>.ts) are built of.

/** An 11-digit mainland mobile number. */
export const MOBILE = /^1\d{10}$/;

export const Uuid = z.uuid();

/** A contact phone: a mobile number or a landline with its area code (0734-8123456). */
export const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;

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

/** A calendar month, YYYY-MM. */
export const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "month.invalid");
/** A month's view (the dispatch overview, the bulletin). */
export const MonthInput = z.object({ month: Month });

/** One record by its id. */
export const ById = z.object({ id: Uuid });
