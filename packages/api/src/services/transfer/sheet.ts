import { Readable } from "node:stream";

import { IMPORT_LIMITS, type SheetUpload } from "@crm/domain";
import ExcelJS from "exceljs";
import { Unzip, UnzipInflate, unzipSync } from "fflate";

import { badRequest } from "../../errors";

/** What an .xlsx may unpack to: a 10,000-row list of the template's columns is well under it. */
export const XLSX_LIMITS = { maxEntries: 200, maxUnpackedBytes: 40 * 1024 * 1024 } as const;

export type SheetProblem = "notSpreadsheet" | "tooLarge" | "tooManyRows" | "noHeader" | "empty";

export class SheetError extends Error {
  constructor(public readonly problem: SheetProblem) {
    super(problem);
  }
}

/** A cell as text: dates as YYYY-MM-DD in Shanghai, numbers as written, rich text flattened. */
function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10); // Excel keeps dates as UTC midnights
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value) return String(value.text);
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    return "";
  }
  return String(value).trim();
}

/** An uploaded sheet's rows; a file that cannot be read as a sheet is the caller's BAD_REQUEST. */
export async function readUpload<K extends string>(
  upload: SheetUpload,
  columns: readonly { key: K; header: string }[],
) {
  try {
    return await readSheet(upload.bytes, upload.filename, columns);
  } catch (e) {
    if (e instanceof SheetError) throw badRequest(e.problem);
    throw e;
  }
}

/**
 * Reads the first sheet of an .xlsx or .csv into rows keyed by the expected headers. Refuses
 * what is not a spreadsheet, what is larger than 5 MB, and more than 10,000 rows.
 */
/**
 * An .xlsx is a zip: 1.5 MB can unpack to 500 MB, which exceljs would hold in memory. Before it
 * opens the file, the zip's directory is read (entry count, declared sizes) and every entry is
 * inflated once as a stream that only counts bytes, stopping at the cap, since declared sizes
 * can lie.
 */
export function assertUnpacksWithinLimits(bytes: Uint8Array) {
  let declared = 0;
  let entries = 0;
  try {
    unzipSync(bytes, {
      filter(file) {
        entries++;
        declared += file.originalSize;
        return false; // read the directory only
      },
    });
  } catch {
    throw new SheetError("notSpreadsheet");
  }
  if (entries > XLSX_LIMITS.maxEntries || declared > XLSX_LIMITS.maxUnpackedBytes) throw new SheetError("tooLarge");
  let actual = 0;
  let over = false;
  let broken = false;
  const unzip = new Unzip((file) => {
    file.ondata = (err, chunk) => {
      if (err) broken = true;
      actual += chunk?.byteLength ?? 0;
      if (actual > XLSX_LIMITS.maxUnpackedBytes && !over) {
        over = true;
        file.terminate();
      }
    };
    if (!over) file.start();
  });
  unzip.register(UnzipInflate);
  // Fed in small slices, so that inflating stops within a slice's worth of the cap.
  const slice = 16 * 1024;
  try {
    for (let at = 0; at < bytes.byteLength && !over && !broken; at += slice)
      unzip.push(bytes.subarray(at, at + slice), at + slice >= bytes.byteLength);
  } catch {
    broken = true;
  }
  if (over) throw new SheetError("tooLarge");
  if (broken) throw new SheetError("notSpreadsheet");
}

export async function readSheet<K extends string>(
  bytes: Uint8Array,
  filename: string,
  columns: readonly { key: K; header: string }[],
): Promise<Record<K, string>[]> {
  if (bytes.byteLength > IMPORT_LIMITS.maxBytes) throw new SheetError("tooLarge");
  const workbook = new ExcelJS.Workbook();
  const lower = filename.toLowerCase();
  try {
    if (lower.endsWith(".csv")) {
      // Text that is not UTF-8, or holds NUL, is not a list we can read (PostgreSQL text cannot hold NUL).
      const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
      if (text.includes("\u0000")) throw new SheetError("notSpreadsheet");
      await workbook.csv.read(Readable.from([text]));
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
  if (sheet.actualRowCount - 1 > IMPORT_LIMITS.maxRows) throw new SheetError("tooManyRows");
  const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).map(cellText);
  const index = new Map(columns.map((c) => [c.key, header.indexOf(c.header)]));
  if ([...index.values()].every((i) => i < 0)) throw new SheetError("noHeader");
  const rows: Record<K, string>[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, n) => {
    if (n === 1) return;
    const values = row.values as ExcelJS.CellValue[];
    const record = Object.fromEntries(
      columns.map((c) => [c.key, index.get(c.key)! >= 0 ? cellText(values[index.get(c.key)!]) : ""]),
    ) as Record<K, string>;
    if (Object.values(record).some((v) => v !== "")) rows.push(record);
  });
  if (rows.length === 0) throw new SheetError("empty");
  return rows;
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
