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
  if (locale === "en") return `${sign}${englishYuan(abs)}`;
  if (abs >= 1_000_000n) {
    // 1亿 = 10,000万 = 1,000,000 hundredths of 万; show 亿 with up to two decimals, rounded half up.
    return `${sign}${hundredths((abs + 5_000n) / 10_000n)}亿元`;
  }
  return `${sign}${hundredths(abs)}万元`;
}

/** A count of hundredths as a grouped decimal with its trailing zeros trimmed: 12345n → "123.45". */
function hundredths(n: bigint): string {
  const s = trimZeros(`${n / 100n}.${(n % 100n).toString().padStart(2, "0")}`);
  const [i, f] = s.split(".");
  return f ? `${group(i!)}.${f}` : group(i!);
}

/**
 * An amount in English words English readers know: 1万元 is ¥10,000, so 3,000万 reads "¥30 million"
 * and 30亿 "¥3 billion" (two decimals at most, rounded half up); below a million, whole yuan.
 */
function englishYuan(wanHundredths: bigint): string {
  if (wanHundredths >= 10_000_000n) return `¥${hundredths((wanHundredths + 50_000n) / 100_000n)} billion`;
  if (wanHundredths >= 10_000n) return `¥${hundredths((wanHundredths + 50n) / 100n)} million`;
  return `¥${group((wanHundredths * 100n).toString())}`;
}
