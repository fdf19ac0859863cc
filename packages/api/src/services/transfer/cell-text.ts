import type ExcelJS from "exceljs";

/**
 * A cell as text: dates as YYYY-MM-DD, numbers to 15 significant digits (as Excel shows them, so a
 * formula's 0.30000000000000004 reads 0.3), rich text flattened.
 */
export function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10); // Excel keeps dates as UTC midnights
  if (typeof value === "number") {
    if (Number.isInteger(value)) return String(value);
    const p = value.toPrecision(15);
    return p.includes("e") ? String(value) : p.replace(/\.?0+$/, "");
  }
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value) return String(value.text);
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    return "";
  }
  return String(value).trim();
}
