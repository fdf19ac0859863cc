import { isExists } from "date-fns";

import { fromCents } from "./money";

/**
 * Cell text as departments type it, read into the app's values: full-width digits and punctuation
 * ("１２３", "２０２５．７．１７"), thousands separators ("1,550.00"), amounts in 万元 or 亿元, and the
 * date forms people write (2025年7月17日, 2025.7.17, 2025/7/17, 2025-07-17). Pure string work: an
 * amount never passes through a float.
 */

/** Full-width ASCII (U+FF01–FF5E) and the ideographic space, as their half-width forms. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

export type AmountUnit = "wan" | "yi";

/** Hundredths of a 万元 in one unit: 1万元 = 100, 1亿元 = 10,000万元 = 1,000,000. */
const HUNDREDTHS: Record<AmountUnit, { scale: bigint; places: number }> = {
  wan: { scale: 100n, places: 2 },
  yi: { scale: 1_000_000n, places: 6 },
};

/**
 * An amount as written in a cell, in 万元 as an exact two-decimal string ("1550.00"), or null when it
 * is not an amount. `unit` is the column's (from its header); a unit written in the cell ("3亿",
 * "1,550万元") wins. Refused: negative amounts, misplaced separators ("15,50"), and more precision than
 * a hundredth of a 万元 (0.000001亿元), which would have to be rounded.
 */
export function parseSheetAmount(text: string, unit: AmountUnit = "wan"): string | null {
  let s = toHalfWidth(text).replace(/[\s\u00a0]/g, "");
  let u = unit;
  const suffix = /^(.*?)(万元|万|亿元|亿)$/.exec(s);
  if (suffix) {
    s = suffix[1]!;
    u = suffix[2]!.startsWith("亿") ? "yi" : "wan";
  }
  s = s.replace(/^[¥￥]/, "");
  if (s.includes(",")) {
    if (!/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return null;
    s = s.replace(/,/g, "");
  }
  const m = /^(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) return null;
  const { scale, places } = HUNDREDTHS[u];
  const frac = (m[2] ?? "").replace(/0+$/, "");
  if (frac.length > places) return null;
  return fromCents(BigInt(m[1]!) * scale + BigInt(frac.padEnd(places, "0") || "0"));
}

const DATE_FORMS = [
  /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/,
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

/** A date as written in a cell, as `YYYY-MM-DD`, or null when it is not a date that exists (2025年2月30日). */
export function parseSheetDate(text: string): string | null {
  const s = toHalfWidth(text).replace(/[\s\u00a0]/g, "");
  for (const form of DATE_FORMS) {
    const m = form.exec(s);
    if (!m) continue;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (y < 1900 || y > 2100 || !isExists(y, mo - 1, d)) return null;
    return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  }
  return null;
}
