import { passwordClasses } from "@crm/domain";
import { dictionary } from "@zxcvbn-ts/language-common";

import { verifyPassword } from "./password";

/** Common here and missing from the English-speaking lists zxcvbn-ts draws on. */
const COMMON_IN_CHINA = [
  "woaini",
  "woaini1314",
  "aini1314",
  "5201314",
  "1314520",
  "woaiwojia",
  "iloveyou1314",
  "qq123456",
  "abc123456",
  "a123456",
  "zhangwei",
  "wangwei",
  "zhongguo",
  "beijing",
  "hengyang",
];

/** zxcvbn-ts's list of the most common passwords (about 49,000) and ours, lower-case, in a Set once. */
let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set([...dictionary["passwords-common"], ...COMMON_IN_CHINA].map((p) => p.toLowerCase()));
  return common;
}

export type PasswordProblem =
  "tooShort" | "tooLong" | "needsThreeKinds" | "common" | "containsAccount" | "containsMobile" | "reused";

/**
 * What is wrong with a new password beyond its shape (等保 level 3): a common password — also one
 * that is a common word with digits or signs around it, as "Qwerty123!" is —, one holding the
 * account name or the mobile number. Empty when it may be used. The last passwords are checked by
 * `reusedPassword`.
 */
export function passwordProblems(
  password: string,
  account: { username: string; mobile: string | null },
  minLength = 10,
): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if (password.length < minLength) problems.push("tooShort");
  if (password.length > 64) problems.push("tooLong");
  if (passwordClasses(password) < 3) problems.push("needsThreeKinds");
  const lower = password.toLowerCase();
  const core = lower.replace(/^[^a-z]+|[^a-z]+$/g, "");
  const list = commonPasswords();
  if (list.has(lower) || (core.length >= 4 && list.has(core))) problems.push("common");
  if (lower.includes(account.username.toLowerCase())) problems.push("containsAccount");
  if (account.mobile && password.includes(account.mobile)) problems.push("containsMobile");
  return problems;
}

/** Whether the password is one of the hashes kept (the current one and those before it). */
export async function reusedPassword(password: string, hashes: string[]): Promise<boolean> {
  for (const h of hashes) if (await verifyPassword(h, password)) return true;
  return false;
}
