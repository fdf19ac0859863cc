import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/** Every date the product shows or reasons about is in this zone (DOMAIN §2a). */
export const TIME_ZONE = "Asia/Shanghai";

/** A calendar date (`YYYY-MM-DD`) or an instant, as a date in Shanghai. */
function inShanghai(value: Date | string): TZDate {
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split("-").map(Number);
    return new TZDate(y!, m! - 1, d!, TIME_ZONE);
  }
  return new TZDate(typeof value === "string" ? new Date(value) : value, TIME_ZONE);
}

/** "2024年7月17日" / "2024-07-17". */
export function formatDate(value: Date | string, locale: "zh-CN" | "en" = "zh-CN"): string {
  const d = inShanghai(value);
  return locale === "zh-CN" ? format(d, "yyyy年M月d日") : format(d, "yyyy-MM-dd");
}

/** "2024年7月17日 14:05" / "2024-07-17 14:05". */
export function formatDateTime(
  value: Date | string,
  locale: "zh-CN" | "en" = "zh-CN",
  opts: { seconds?: boolean } = {},
): string {
  const d = inShanghai(value);
  const time = opts.seconds ? "HH:mm:ss" : "HH:mm";
  return locale === "zh-CN" ? format(d, `yyyy年M月d日 ${time}`) : format(d, `yyyy-MM-dd ${time}`);
}

/** Today's date in Shanghai as `YYYY-MM-DD`. */
export function todayInShanghai(now: Date = new Date()): string {
  return format(new TZDate(now, TIME_ZONE), "yyyy-MM-dd");
}

/** `YYYY-MM-DD` plus `days` calendar days. */
export function addDaysToDate(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}
