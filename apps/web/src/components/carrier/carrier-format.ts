/** Areas, heights and rents as the page's language writes numbers (no float passes into the stored values). */
export function carrierNumber(v: string | number | null | undefined, locale: string): string {
  if (v === null || v === undefined || v === "") return "—";
  return new Intl.NumberFormat(locale === "en" ? "en" : "zh-CN", { maximumFractionDigits: 2 }).format(Number(v));
}

export function carrierPercent(rate: number, locale: string): string {
  return new Intl.NumberFormat(locale === "en" ? "en" : "zh-CN", { style: "percent", maximumFractionDigits: 1 }).format(
    rate,
  );
}
