/**
 * The spreadsheet columns of the project and lead lists. The export writes them and the import
 * reads them, so a list the app exported imports back unchanged.
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

export const STAGE_LABELS: Record<string, string> = {
  planned: "策划",
  reserve: "储备",
  negotiating: "在谈",
  signed: "签约",
  registered: "注册",
  under_construction: "开工",
  in_production: "投产",
  operating: "运营",
  paused: "暂缓",
  lost: "终止",
};
export const TAG_LABELS: Record<string, string> = { fortune500: "500强", key: "重点项目" };
export const SOURCE_LABELS: Record<string, string> = {
  department: "部门推荐",
  town: "镇街上报",
  event: "招商活动",
  chamber: "异地商会",
  leader_trip: "外出招商考察",
  platform: "招商平台",
  self_visit: "自主走访",
};

export const IMPORT_LIMITS = { maxBytes: 5 * 1024 * 1024, maxRows: 10_000 } as const;
