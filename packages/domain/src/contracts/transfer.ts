import { z } from "zod";

/**
 * The spreadsheet columns of the project and lead lists, with the headers the files carry (Chinese
 * only). The export writes them, the template shows them, the import reads them and its preview
 * names them, so a list the app exported imports back unchanged.
 */
export const PROJECT_COLUMNS = [
  { key: "name", header: "项目名称", width: 36 },
  { key: "enterpriseName", header: "企业名称", width: 36 },
  { key: "creditCode", header: "统一社会信用代码", width: 22 },
  { key: "zone", header: "所属专班", width: 12 },
  { key: "chain", header: "产业链", width: 18 },
  { key: "stage", header: "阶段", width: 8 },
  { key: "plannedAmount", header: "计划投资（万元）", width: 14 },
  { key: "signedAmount", header: "签约金额（万元）", width: 14 },
  { key: "signedOn", header: "签约日期", width: 12 },
  { key: "registeredOn", header: "注册日期", width: 12 },
  { key: "tags", header: "标签", width: 14 },
] as const;
export type ProjectColumn = (typeof PROJECT_COLUMNS)[number]["key"];
export type ProjectSheetRow = Record<ProjectColumn, string>;

export const LEAD_COLUMNS = [
  { key: "enterpriseName", header: "企业名称", width: 36 },
  { key: "creditCode", header: "统一社会信用代码", width: 22 },
  { key: "source", header: "来源", width: 12 },
  { key: "reportingUnit", header: "上报单位", width: 14 },
  { key: "chain", header: "产业链", width: 18 },
  { key: "intendedAmount", header: "意向投资（万元）", width: 14 },
  { key: "reportedOn", header: "上报日期", width: 12 },
  { key: "notes", header: "情况说明", width: 40 },
] as const;
export type LeadColumn = (typeof LEAD_COLUMNS)[number]["key"];
export type LeadSheetRow = Record<LeadColumn, string>;

export const IMPORT_LIMITS = { maxBytes: 5 * 1024 * 1024, maxRows: 10_000 } as const;

/** An uploaded file, handed over in-process by the upload route (not sendable as JSON). */
export const SheetUpload = z.object({ filename: z.string().max(200), bytes: z.instanceof(Uint8Array) });
export type SheetUpload = z.infer<typeof SheetUpload>;

/** The rows a preview found good, sent back to be written: every column as text. */
const rowsOf = <K extends string>(columns: readonly { key: K }[]) =>
  z
    .array(z.object(Object.fromEntries(columns.map((c) => [c.key, z.string().max(2000)])) as Record<K, z.ZodString>))
    .min(1)
    .max(IMPORT_LIMITS.maxRows);
export const ImportProjectsInput = z.object({ rows: rowsOf(PROJECT_COLUMNS) });
export const ImportLeadsInput = z.object({ rows: rowsOf(LEAD_COLUMNS) });
