/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015.
 * 18 characters from a 31-character alphabet (no I, O, Z, S, V); characters 3–8 are the
 * administrative-division code (digits); the 18th is a check character over the first 17.
 */
export const CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

function valueOf(ch: string): number {
  return CREDIT_CODE_ALPHABET.indexOf(ch);
}

/** The check character for the first 17 characters, or null if they are not well-formed. */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = valueOf(first17[i]!);
    if (v < 0) return null;
    sum += v * WEIGHTS[i]!;
  }
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CODE_ALPHABET[check]!;
}

export type CreditCodeProblem = "length" | "charset" | "region" | "check";

/** Why a code is not valid, or null when it is. Upper-cases and trims first. */
export function creditCodeProblem(raw: string): CreditCodeProblem | null {
  const code = normalizeCreditCode(raw);
  if (code.length !== 18) return "length";
  for (const ch of code) if (valueOf(ch) < 0) return "charset";
  if (!/^\d{6}$/.test(code.slice(2, 8))) return "region";
  return creditCodeCheckChar(code.slice(0, 17)) === code[17] ? null : "check";
}

export function isValidCreditCode(raw: string): boolean {
  return creditCodeProblem(raw) === null;
}

export function normalizeCreditCode(raw: string): string {
  return raw.trim().toUpperCase();
}
