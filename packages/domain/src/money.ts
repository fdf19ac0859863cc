/**
 * Amounts are kept in 万元 with two decimals, as exact decimal strings ("640000.00"), never floats.
 * Arithmetic here runs on integer hundredths of a 万元 (bigint), so sums are exact.
 */
const DECIMAL = /^-?\d+(\.\d{1,2})?$/;

export function isWanAmount(value: string): boolean {
  return DECIMAL.test(value.trim());
}

/** "1234.5" → 123450n (hundredths of 万元). Throws on anything that is not a 2-decimal number. */
export function toCents(value: string): bigint {
  const v = value.trim();
  if (!DECIMAL.test(v)) throw new RangeError(`not an amount: ${value}`);
  const negative = v.startsWith("-");
  const [int, frac = ""] = (negative ? v.slice(1) : v).split(".");
  const cents = BigInt(int!) * 100n + BigInt(frac.padEnd(2, "0"));
  return negative ? -cents : cents;
}

export function fromCents(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const s = `${abs / 100n}.${(abs % 100n).toString().padStart(2, "0")}`;
  return negative ? `-${s}` : s;
}

export function sumWan(values: readonly string[]): string {
  return fromCents(values.reduce((acc, v) => acc + toCents(v), 0n));
}

function group(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function trimZeros(s: string): string {
  return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
}

export type AmountLocale = "zh-CN" | "en";

/**
 * Shows an amount in 万元 as people here read it: below 1亿 in 万元 ("3,500万元"),
 * from 1亿 up in 亿元 ("64亿元", "6.45亿元"). Decimals only where they say something.
 */
export function formatWan(value: string, locale: AmountLocale = "zh-CN"): string {
  const cents = toCents(value);
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const sign = negative ? "-" : "";
  if (abs >= 1_000_000n) {
    // 1亿 = 10,000万 = 1,000,000 hundredths of 万; show 亿 with up to two decimals, rounded half up.
    const yiHundredths = (abs + 5_000n) / 10_000n;
    const s = trimZeros(`${yiHundredths / 100n}.${(yiHundredths % 100n).toString().padStart(2, "0")}`);
    const [i, f] = s.split(".");
    const text = f ? `${group(i!)}.${f}` : group(i!);
    return locale === "en" ? `${sign}¥${text} yi` : `${sign}${text}亿元`;
  }
  const s = trimZeros(fromCents(abs));
  const [i, f] = s.split(".");
  const text = f ? `${group(i!)}.${f}` : group(i!);
  return locale === "en" ? `${sign}¥${text} wan` : `${sign}${text}万元`;
}
