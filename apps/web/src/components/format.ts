import { formatDate, formatWan } from "@crm/domain";

import type { Locale } from "~/i18n/locales";

/** Amounts in 万元/亿元 and dates the Chinese way (or ISO in English), for the current locale. */
export function formatters(locale: string) {
  const l = (locale === "en" ? "en" : "zh-CN") satisfies Locale;
  return {
    wan: (v: string | null | undefined) => (v == null ? "—" : formatWan(v, l)),
    date: (v: string | Date | null | undefined) => (v == null ? "—" : formatDate(v, l)),
    count: (n: number) => new Intl.NumberFormat(l).format(n),
    /** A month "2026-11" as 2026年11月 (English: November 2026). */
    month: (ym: string) => {
      const [y, m] = ym.split("-").map(Number);
      return l === "en"
        ? new Date(Date.UTC(y!, m! - 1, 1)).toLocaleDateString("en", {
            year: "numeric",
            month: "long",
            timeZone: "UTC",
          })
        : `${y}年${m}月`;
    },
  };
}
