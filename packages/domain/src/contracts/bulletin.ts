import { BULLETIN_METRICS, type BulletinMetric } from "../scoring";

/** The monthly bulletin's table, column by column: the rank (zones only), the unit, its score, each figure. */
export const BULLETIN_COLUMNS = ["rank", "unit", "score", ...BULLETIN_METRICS] as const;
export type BulletinColumn = (typeof BULLETIN_COLUMNS)[number];

/**
 * The bulletin's column headings in the issued document (its .xlsx and its PDF are Chinese only).
 * The bulletin page words the same columns through the message files (`bulletin.columns`).
 */
export const BULLETIN_HEADINGS: Record<BulletinColumn, string> = {
  rank: "排名",
  unit: "单位",
  score: "得分",
  newLeads: "新增线索",
  movedForward: "项目推进",
  signedCount: "签约项目",
  signedAmountYi: "签约金额（亿元）",
  landedCount: "落地项目",
  approvalsOnTime: "按时办结审批",
  tasksDone: "办结督办",
  overdueTasks: "超期督办",
  overdueLeads: "超期线索",
  notDispatched: "未调度项目",
  staleOpportunities: "待更新载体与目标企业",
};

/**
 * A figure as the bulletin prints it: 亿元 with two decimals, counts as they are; a dash where the
 * bulletin was issued before the figure was counted.
 */
export function bulletinFigure(metric: BulletinMetric, value: number | undefined): string {
  if (value === undefined) return "—";
  return metric === "signedAmountYi" ? value.toFixed(2) : String(value);
}
