import { missingColumns, type ColumnMap, type ImportKind, type SheetColumn, type SheetUpload } from "@crm/domain";

import type { AuthedContext } from "../../context";
import { badRequest } from "../../errors";
import { columnsFor, rememberColumns, type MappingSource } from "./column-mapping";
import { readSheetTable } from "./sheet";
import { SheetError } from "./sheet-error";

export interface UploadHeader<K extends string> {
  /** The header row's line in the sheet, and its cells as text (the file's own column names). */
  line: number;
  cells: string[];
  /** The file column (0-based) each list column was read from, null when none. */
  map: ColumnMap<K>;
  source: MappingSource;
  /** Required list columns no file column was found for: the user maps them before importing. */
  missing: K[];
}

/**
 * An uploaded sheet's rows with the header they were read under; a file that cannot be read as a
 * sheet is the caller's BAD_REQUEST. A mapping the user chose is remembered once the file reads.
 */
export async function readUpload<K extends string>(
  ctx: AuthedContext,
  kind: ImportKind,
  upload: SheetUpload,
  columns: readonly SheetColumn<K>[],
) {
  let source: MappingSource = "auto";
  let shape = "";
  try {
    const table = await readSheetTable(upload.bytes, upload.filename, columns, async (header) => {
      const chosen = await columnsFor(ctx, kind, columns, header, upload.mapping);
      source = chosen.source;
      shape = chosen.shape;
      return chosen.map;
    });
    if (upload.mapping) await rememberColumns(ctx, kind, shape, upload.mapping);
    const header: UploadHeader<K> = {
      line: table.header.line,
      cells: table.header.cells,
      map: table.map,
      source,
      missing: missingColumns(table.map, columns),
    };
    return { header, rows: table.rows };
  } catch (e) {
    if (e instanceof SheetError) throw badRequest(e.problem);
    throw e;
  }
}
