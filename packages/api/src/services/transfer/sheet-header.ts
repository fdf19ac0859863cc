import {
  headerScore,
  headerUnit,
  HEADER_SEARCH_ROWS,
  matchColumns,
  noteUnit,
  type AmountUnit,
  type ColumnMap,
  type SheetColumn,
} from "@crm/domain";
import ExcelJS from "exceljs";

import { cellText } from "./cell-text";
import { SheetError } from "./sheet-error";

export interface SheetHeader {
  /** The header row's line number in the sheet (1-based). */
  line: number;
  /** The header row's cells as text, from the first column; a cell that continues a merge is "". */
  cells: string[];
  /** The list columns the header names, by file column. */
  matched: ColumnMap;
  /** The unit a note above the header sets ("单位：亿元"), if any. */
  unit: AmountUnit | null;
}

/** A row's cells as text, 0-based; the cells a horizontal merge covers are "" (counted once). */
function headerCells(row: ExcelJS.Row): string[] {
  const cells: string[] = [];
  row.eachCell({ includeEmpty: true }, (cell, col) => {
    const continues = cell.type === ExcelJS.ValueType.Merge && cell.master.row === cell.row;
    cells[col - 1] = continues ? "" : cellText(cell.value);
  });
  return Array.from(cells, (c) => c ?? "");
}

/**
 * The header row: within the first rows, the one that names most of the list's columns (the
 * first of equals), so a merged title and notes above it are passed over. When no row names two,
 * the first row about as full as the fullest is taken as the header, for the user to map its columns.
 */
export function locateHeader(sheet: ExcelJS.Worksheet, columns: readonly SheetColumn[]): SheetHeader {
  const candidates: { line: number; cells: string[]; score: number; filled: number }[] = [];
  for (let line = 1; line <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount); line++) {
    const cells = headerCells(sheet.getRow(line));
    candidates.push({ line, cells, score: headerScore(cells, columns), filled: cells.filter(Boolean).length });
  }
  const need = Math.min(2, columns.length);
  const byName = candidates.reduce<(typeof candidates)[number] | undefined>(
    (b, c) => (!b || c.score > b.score ? c : b),
    undefined,
  );
  // Else the first row about as full as the fullest (a header may leave a column unnamed; titles and notes are short).
  const most = Math.max(0, ...candidates.map((c) => c.filled));
  const chosen =
    byName && byName.score >= need ? byName : candidates.find((c) => c.filled >= need && c.filled >= most * 0.6);
  if (!chosen) throw new SheetError("noHeader");
  const above = candidates.filter((c) => c.line < chosen.line).flatMap((c) => c.cells);
  return {
    line: chosen.line,
    cells: chosen.cells,
    matched: matchColumns(chosen.cells, columns),
    unit: above.map(noteUnit).find((u) => u !== null) ?? null,
  };
}

/**
 * Which file column each list column reads, and whether its figures are in 亿元: the column's own
 * header says so ("投资额（亿元）"), else a note above the header, else they are in 万元.
 */
export function tableColumns<K extends string>(
  header: SheetHeader,
  columns: readonly SheetColumn<K>[],
  map: ColumnMap<K>,
) {
  return columns.map((c) => {
    const index = map[c.key] ?? null;
    const unit = index === null ? null : (headerUnit(header.cells[index] ?? "") ?? header.unit);
    return { key: c.key, index, yi: c.type === "amount" && unit === "yi" };
  });
}
