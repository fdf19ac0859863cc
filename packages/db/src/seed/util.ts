import { CREDIT_CODE_ALPHABET, creditCodeCheckChar } from "@crm/domain";

/** A small deterministic PRNG (mulberry32): the demo data is the same on every machine. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}
export type Rng = ReturnType<typeof rng>;

const DAY = 86_400_000;
const toDay = (s: string) => Date.parse(`${s}T00:00:00Z`);
const fromDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return fromDay(toDay(date) + days * DAY);
}

export function dayBetween(r: Rng, from: string, to: string): string {
  return fromDay(toDay(from) + r.int(0, Math.round((toDay(to) - toDay(from)) / DAY)) * DAY);
}

export function firstOfMonth(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

/**
 * A well-formed 统一社会信用代码 for demo enterprise number `n`: 91 (enterprise), 430408 (蒸湘区),
 * nine characters from `n`, and the GB 32100-2015 check character.
 */
export function demoCreditCode(n: number, region = "430408"): string {
  let body = "";
  let x = n * 7919 + 104729;
  for (let i = 0; i < 9; i++) {
    body += CREDIT_CODE_ALPHABET[x % 31];
    x = Math.floor(x / 31) + (i + 3) * 17;
  }
  const first17 = `91${region}${body}`;
  return first17 + creditCodeCheckChar(first17)!;
}
