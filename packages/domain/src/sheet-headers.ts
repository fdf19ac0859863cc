import { toHalfWidth, type AmountUnit } from "./sheet-values";

/**
 * Finding a list's columns in the sheets departments send: the header row is wherever it is within
 * the first rows (under a merged title and notes), headers are written with or without a unit, in
 * full-width brackets or not, with a required mark (*) or not, and under a few names in use.
 */

/** How far down a header row is looked for. */
export const HEADER_SEARCH_ROWS = 10;

export interface SheetColumn<K extends string = string> {
  key: K;
  header: string;
  /** Other names the column goes by in department sheets. */
  aliases?: readonly string[];
  type?: "text" | "amount" | "date";
  required?: boolean;
}

/** "计划投资（亿元）*" → "计划投资(亿元)": half-width, no spaces or required marks. */
export function normalizeHeader(text: string): string {
  return toHalfWidth(text)
    .replace(/[\s\u00a0*※]/g, "")
    .replace(/[【［]/g, "(")
    .replace(/[】］]/g, ")")
    .toLowerCase();
}

/** A header without its bracketed unit or note: "计划投资(亿元)" → "计划投资". */
export function headerBase(text: string): string {
  return normalizeHeader(text).replace(/\([^)]*\)?/g, "");
}

/** The unit a header names for its amounts: "(亿元)" → yi, "(万元)" → wan, none → null. */
export function headerUnit(text: string): AmountUnit | null {
  const t = normalizeHeader(text);
  if (t.includes("亿")) return "yi";
  if (t.includes("万")) return "wan";
  return null;
}

/** A note above the header that sets the sheet's unit: "单位：亿元". */
export function noteUnit(text: string): AmountUnit | null {
  const m = /单位[:：]?(亿元|万元)/.exec(normalizeHeader(text));
  return m ? (m[1] === "亿元" ? "yi" : "wan") : null;
}

export type ColumnMap<K extends string = string> = Record<K, number | null>;

/** Which cell of a header row each column is, by name then by alias; a cell serves one column. */
export function matchColumns<K extends string>(
  cells: readonly string[],
  columns: readonly SheetColumn<K>[],
): ColumnMap<K> {
  const bases = cells.map(headerBase);
  const taken = new Set<number>();
  const map = {} as ColumnMap<K>;
  const find = (name: string) => bases.findIndex((b, i) => b !== "" && !taken.has(i) && b === headerBase(name));
  for (const c of columns) map[c.key] = null;
  for (const pass of ["header", "aliases"] as const)
    for (const c of columns) {
      if (map[c.key] !== null) continue;
      for (const name of pass === "header" ? [c.header] : (c.aliases ?? [])) {
        const i = find(name);
        if (i >= 0) {
          map[c.key] = i;
          taken.add(i);
          break;
        }
      }
    }
  return map;
}

/** How many columns a row names: the header row is the one that names most. */
export function headerScore(cells: readonly string[], columns: readonly SheetColumn[]): number {
  return Object.values(matchColumns(cells, columns)).filter((i) => i !== null).length;
}

/** The required columns a map leaves out. */
export function missingColumns<K extends string>(map: ColumnMap<K>, columns: readonly SheetColumn<K>[]): K[] {
  return columns.filter((c) => c.required && map[c.key] == null).map((c) => c.key);
}
