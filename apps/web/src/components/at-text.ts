/** An instant to the second, in Shanghai: "2026/12/4 18:34:06" (English: "04/12/2026, 18:34:06"). */
export const atText = (at: Date | string, locale: string) =>
  new Date(at).toLocaleString(locale === "en" ? "en-GB" : "zh-CN", { timeZone: "Asia/Shanghai", hour12: false });
