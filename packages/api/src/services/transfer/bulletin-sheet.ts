import type { AuthedContext } from "../../context";
import { monthBulletin, type BulletinContent } from "../bulletin";
import { writeSheet } from "./sheet";

const COLUMNS = [
  { key: "rank", header: "排名", width: 6 },
  { key: "unit", header: "单位", width: 14 },
  { key: "score", header: "得分", width: 8 },
  { key: "newLeads", header: "新增线索", width: 10 },
  { key: "movedForward", header: "项目推进", width: 10 },
  { key: "signedCount", header: "签约项目", width: 10 },
  { key: "signedAmountYi", header: "签约金额（亿元）", width: 14 },
  { key: "landedCount", header: "落地项目", width: 10 },
  { key: "approvalsOnTime", header: "按时办结审批", width: 12 },
  { key: "tasksDone", header: "办结督办事项", width: 12 },
  { key: "overdueTasks", header: "超期督办事项", width: 12 },
  { key: "notDispatched", header: "未调度项目", width: 10 },
] as const;

/** The bulletin as .xlsx: the 龙虎榜 of the zones, then the other units. */
export function bulletinSheet(content: BulletinContent) {
  const rows = [...content.zones, ...content.others].map((u) => ({
    rank: content.zones.includes(u) ? String(u.rank) : "",
    unit: u.unitName,
    score: String(u.score),
    newLeads: String(u.figures.newLeads),
    movedForward: String(u.figures.movedForward),
    signedCount: String(u.figures.signedCount),
    signedAmountYi: u.figures.signedAmountYi.toFixed(2),
    landedCount: String(u.figures.landedCount),
    approvalsOnTime: String(u.figures.approvalsOnTime),
    tasksDone: String(u.figures.tasksDone),
    overdueTasks: String(u.figures.overdueTasks),
    notDispatched: String(u.figures.notDispatched),
  }));
  return writeSheet(`${content.month} 月度通报`, COLUMNS, rows);
}

/** The month's bulletin as .xlsx: the issued one when there is one, else the figures as they stand. */
export async function exportBulletin(ctx: AuthedContext, input: { month: string }) {
  return bulletinSheet((await monthBulletin(ctx, input)).content);
}
