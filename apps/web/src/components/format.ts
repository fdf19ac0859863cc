import { formatDate, formatWan } from "@crm/domain";

import type { Locale } from "~/i18n/locales";

/** Amounts in 万元/亿元 and dates the Chinese way (or ISO in English), for the current locale. */
export function formatters(locale: string) {
  const l = (locale === "en" ? "en" : "zh-CN") satisfies Locale;
  return {
    wan: (v: string | null | undefined) => (v == null ? "—" : formatWan(v, l)),
    date: (v: string | Date | null | undefined) => (v == null ? "—" : formatDate(v, l)),
    count: (n: number) => new Intl.NumberFormat(l).format(n),
  };
}
