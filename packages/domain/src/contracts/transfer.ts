import { z } from "zod";

import type { SheetColumn } from "../sheet-headers";

/**
 * The spreadsheet columns of the project and lead lists, with the headers the files carry (Chinese
 * only). The export writes them, the template shows them, the import reads them and its preview
 * names them, so a list the app exported imports back unchanged.
 */
export const PROJECT_COLUMNS = [
  { key: "name", header: "项目名称", width: 36, required: true, aliases: ["项目"] },
  {
    key: "enterpriseName",
    header: "企业名称",
    width: 36,
    required: true,
    aliases: ["企业", "投资方", "投资主体", "签约企业", "投资企业"],
  },
  { key: "creditCode", header: "统一社会信用代码", width: 22, aliases: ["信用代码", "社会信用代码"] },
  { key: "zone", header: "所属专班", width: 12, required: true, aliases: ["专班", "责任专班"] },
  { key: "chain", header: "产业链", width: 18, aliases: ["所属产业链", "产业"] },
  { key: "stage", header: "阶段", width: 8, aliases: ["项目阶段", "进展阶段", "所处阶段"] },
  {
    key: "plannedAmount",
    header: "计划投资（万元）",
    width: 14,
    type: "amount",
    aliases: ["计划总投资", "总投资", "投资额", "计划投资额", "投资总额"],
  },
  {
    key: "signedAmount",
    header: "签约金额（万元）",
    width: 14,
    type: "amount",
    aliases: ["签约额", "合同金额", "签约投资"],
  },
  { key: "signedOn", header: "签约日期", width: 12, type: "date", aliases: ["签约时间"] },
  { key: "registeredOn", header: "注册日期", width: 12, type: "date", aliases: ["注册时间"] },
  { key: "tags", header: "标签", width: 14 },
] as const satisfies readonly (SheetColumn & { width: number })[];
export type ProjectColumn = (typeof PROJECT_COLUMNS)[number]["key"];
export type ProjectSheetRow = Record<ProjectColumn, string>;

export const LEAD_COLUMNS = [
  { key: "enterpriseName", header: "企业名称", width: 36, required: true, aliases: ["企业", "投资方", "投资主体"] },
  { key: "creditCode", header: "统一社会信用代码", width: 22, aliases: ["信用代码", "社会信用代码"] },
  { key: "source", header: "来源", width: 12, required: true, aliases: ["线索来源", "信息来源"] },
  { key: "reportingUnit", header: "上报单位", width: 14, required: true, aliases: ["报送单位", "填报单位"] },
  { key: "chain", header: "产业链", width: 18, aliases: ["所属产业链", "产业"] },
  {
    key: "intendedAmount",
    header: "意向投资（万元）",
    width: 14,
    type: "amount",
    aliases: ["意向投资额", "投资额", "拟投资", "拟投资额"],
  },
  {
    key: "reportedOn",
    header: "上报日期",
    width: 12,
    type: "date",
    required: true,
    aliases: ["上报时间", "报送日期", "报送时间"],
  },
  { key: "notes", header: "情况说明", width: 40, aliases: ["备注", "说明", "情况"] },
] as const satisfies readonly (SheetColumn & { width: number })[];
export type LeadColumn = (typeof LEAD_COLUMNS)[number]["key"];
export type LeadSheetRow = Record<LeadColumn, string>;

/**
 * The opportunity list's carriers, one row each. A plant's or building's spaces are summed (its
 * floor area, its vacant area); a row imported for one becomes a single free space of that area.
 */
export const CARRIER_COLUMNS = [
  { key: "code", header: "载体编号", width: 14, required: true, aliases: ["编号", "地块编号", "宗地编号", "编码"] },
  { key: "name", header: "载体名称", width: 30, required: true, aliases: ["名称", "地块名称", "项目名称"] },
  { key: "kind", header: "类型", width: 10, required: true, aliases: ["载体类型"] },
  { key: "zone", header: "所属专班", width: 12, required: true, aliases: ["专班", "所在区域", "区域"] },
  { key: "chain", header: "适合产业链", width: 18, aliases: ["产业链", "产业"] },
  { key: "locationText", header: "位置", width: 30, required: true, aliases: ["坐落", "地址", "四至", "位置描述"] },
  { key: "areaMu", header: "面积（亩）", width: 12, type: "amount", aliases: ["用地面积", "面积(亩)", "占地面积"] },
  { key: "floorAreaSqm", header: "建筑面积（㎡）", width: 14, type: "amount", aliases: ["建筑面积", "面积(平方米)"] },
  { key: "vacantSqm", header: "空置面积（㎡）", width: 14, type: "amount", aliases: ["空置面积"] },
  { key: "plannedUse", header: "规划用途", width: 14, aliases: ["用途", "土地用途"] },
  { key: "plotRatio", header: "容积率", width: 8 },
  {
    key: "intensityWanPerMu",
    header: "投资强度（万元/亩）",
    width: 14,
    type: "amount",
    aliases: ["投资强度"],
  },
  {
    key: "priceWanPerMu",
    header: "出让价格（万元/亩）",
    width: 14,
    type: "amount",
    aliases: ["价格", "出让价格", "地价"],
  },
  { key: "supplyState", header: "供应状态", width: 10, aliases: ["土地状态"] },
  { key: "readiness", header: "开发条件", width: 10, aliases: ["基础设施"] },
  { key: "availableFrom", header: "可供时间", width: 12, type: "date", aliases: ["可供日期"] },
  { key: "rentYuanPerSqm", header: "租金（元/㎡·月）", width: 12, type: "amount", aliases: ["租金"] },
  { key: "state", header: "状态", width: 8, aliases: ["招商状态"] },
  { key: "ownerUnit", header: "维护单位", width: 14, aliases: ["权属单位", "责任单位"] },
  { key: "contactName", header: "联系人", width: 10 },
  { key: "contactPhone", header: "联系电话", width: 14, aliases: ["电话"] },
  { key: "verifiedOn", header: "核实日期", width: 12, type: "date", aliases: ["更新日期", "核实时间"] },
] as const satisfies readonly (SheetColumn & { width: number })[];
export type CarrierColumn = (typeof CARRIER_COLUMNS)[number]["key"];
export type CarrierSheetRow = Record<CarrierColumn, string>;

export const IMPORT_LIMITS = { maxBytes: 5 * 1024 * 1024, maxRows: 10_000 } as const;

/** What an import reads: project, lead or carrier lists, and an event's invitee/attendee list. */
export const IMPORT_KINDS = ["projects", "leads", "carriers", "attendees"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/**
 * The user's choice of which file column (0-based, in the header row) each list column is, for a
 * file whose headers do not match; a column left out is not imported. The server checks it against
 * the file's header row.
 */
export const ColumnMapping = z
  .record(z.string().max(40), z.number().int().min(0).max(255))
  .refine((m) => Object.keys(m).length <= 30);
export type ColumnMapping = z.infer<typeof ColumnMapping>;

/** An uploaded file, handed over in-process by the upload route (not sendable as JSON). */
export const SheetUpload = z.object({
  filename: z.string().max(200),
  bytes: z.instanceof(Uint8Array),
  mapping: ColumnMapping.optional(),
});
export type SheetUpload = z.infer<typeof SheetUpload>;

/** The rows a preview found good, sent back to be written: every column as text. */
const rowsOf = <K extends string>(columns: readonly { key: K }[]) =>
  z
    .array(z.object(Object.fromEntries(columns.map((c) => [c.key, z.string().max(2000)])) as Record<K, z.ZodString>))
    .min(1)
    .max(IMPORT_LIMITS.maxRows);
export const ImportProjectsInput = z.object({ rows: rowsOf(PROJECT_COLUMNS) });
export const ImportLeadsInput = z.object({ rows: rowsOf(LEAD_COLUMNS) });
export const ImportCarriersInput = z.object({ rows: rowsOf(CARRIER_COLUMNS) });
