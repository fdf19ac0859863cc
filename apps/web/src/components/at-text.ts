import { formatDateTime } from "@crm/domain";

/** An instant to the second, in Shanghai, as every date here reads: "2026年12月4日 18:34:06" (English: "2026-12-04 18:34:06"). */
export const atText = (at: Date | string, locale: string) =>
  formatDateTime(at, locale === "en" ? "en" : "zh-CN", { seconds: true });
