import { Readable } from "node:stream";

import { IMPORT_LIMITS, type ColumnMap, type SheetColumn } from "@crm/domain";
import ExcelJS from "exceljs";

import { cellText } from "./cell-text";
import { locateHeader, tableColumns, type SheetHeader } from "./sheet-header";
import { SheetError } from "./sheet-error";
import { assertUnpacksWithinLimits } from "./zip-limits";

export { SheetError, type SheetProblem } from "./sheet-error";
export { XLSX_LIMITS, assertUnpacksWithinLimits } from "./zip-limits";

/**
 * The first sheet of an .xlsx or .csv. Refuses what is not a spreadsheet and what is larger than
 * 5 MB; a .csv is read as text, every field as written (no guessing of numbers or dates).
 */
async function loadWorksheet(bytes: Uint8Array, filename: string): Promise<ExcelJS.Worksheet> {
  if (bytes.byteLength > IMPORT_LIMITS.maxBytes) throw new SheetError("tooLarge");
  const workbook = new ExcelJS.Workbook();
  const lower = filename.toLowerCase();
  try {
    if (lower.endsWith(".csv")) {
      // Text that is not UTF-8, or holds NUL, is not a list we can read (PostgreSQL text cannot hold NUL).
      const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
      if (text.includes("\u0000")) throw new SheetError("notSpreadsheet");
      await workbook.csv.read(Readable.from([text]), { map: (v: string) => (v === "" ? null : v) });
    } else if (lower.endsWith(".xlsx")) {
      assertUnpacksWithinLimits(bytes);
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } else {
      throw new SheetError("notSpreadsheet");
    }
  } catch (e) {
    if (e instanceof SheetError) throw e;
    throw new SheetError("notSpreadsheet");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.actualRowCount === 0) throw new SheetError("empty");
  return sheet;
}

const TOTAL_ROW = /^(合计|总计|小计)$/;
const NOTE_TEXT = /^(注|备注|说明|填表人|填报人|制表人?|审核人?|联系人|联系电话)[:：]/;

/**
 * Not a data row: a total (合计) or a note written in one merged cell across the row (注：…, 填表人…).
 * A cell merged down several rows (one zone for a group of projects) is a value of each of them.
 */
function isNoteRow(row: ExcelJS.Row): boolean {
  const filled: ExcelJS.Cell[] = [];
  row.eachCell((cell) => {
    if (cellText(cell.value)) filled.push(cell);
  });
  if (filled.length === 0) return true;
  const first = cellText(filled[0]!.value).replace(/\s/g, "");
  if (TOTAL_ROW.test(first) || (filled.length === 1 && NOTE_TEXT.test(first))) return true;
  const masters = new Set(filled.map((c) => c.master.address));
  return masters.size === 1 && filled[0]!.isMerged && filled.length > 1;
}

export interface SheetTable<K extends string> {
  header: SheetHeader;
  /** Each data row with its line number in the sheet, keyed by list column. */
  rows: { line: number; record: Record<K, string> }[];
}

/**
 * Reads the first sheet into rows of the given columns. The header row is found within the first
 * rows (see locateHeader); `chooseColumns` decides which file column each list column is, from
 * the header found. An amount column headed in 亿元 (or under a note "单位：亿元") has its figures
 * marked 亿元, which the row check converts to 万元. Refuses more than 10,000 rows.
 */
export async function readSheetTable<K extends string>(
  bytes: Uint8Array,
  filename: string,
  columns: readonly SheetColumn<K>[],
  chooseColumns: (header: SheetHeader) => ColumnMap<K> | Promise<ColumnMap<K>> = (h) => h.matched as ColumnMap<K>,
): Promise<SheetTable<K> & { map: ColumnMap<K> }> {
  const sheet = await loadWorksheet(bytes, filename);
  const header = locateHeader(sheet, columns);
  if (sheet.actualRowCount - header.line > IMPORT_LIMITS.maxRows) throw new SheetError("tooManyRows");
  const map = await chooseColumns(header);
  const read = tableColumns(header, columns, map);
  const rows: SheetTable<K>["rows"] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    if (line <= header.line || isNoteRow(row)) return;
    const values = row.values as ExcelJS.CellValue[];
    const record = Object.fromEntries(
      read.map(({ key, index, yi }) => {
        const text = index === null ? "" : cellText(values[index + 1]);
        return [key, yi && text && !/[万亿]/.test(text) ? `${text}亿元` : text];
      }),
    ) as Record<K, string>;
    if (Object.values(record).some((v) => v !== "")) rows.push({ line, record });
  });
  if (rows.length === 0) throw new SheetError("empty");
  return { header, map, rows };
}

/** The sheet's rows under the columns its header names (tests and the round trip read files so). */
export async function readSheet<K extends string>(
  bytes: Uint8Array,
  filename: string,
  columns: readonly SheetColumn<K>[],
): Promise<Record<K, string>[]> {
  return (await readSheetTable(bytes, filename, columns)).rows.map((r) => r.record);
}

/** Writes rows under the given headers as an .xlsx, header row bold and frozen. */
export async function writeSheet<K extends string>(
  title: string,
  columns: readonly { key: K; header: string; width: number }[],
  rows: Record<K, string>[],
): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "招商通";
  const sheet = workbook.addWorksheet(title, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) sheet.addRow(r);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
