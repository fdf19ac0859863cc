import {
  BULLETIN_COLUMNS,
  BULLETIN_HEADINGS,
  BULLETIN_METRICS,
  bulletinFigure,
  type BulletinColumn,
} from "@crm/domain";

import type { AuthedContext } from "../../context";
import { monthBulletin, type BulletinContent } from "../bulletin";
import { writeSheet } from "./sheet";

/** Column widths in characters; the headings are the bulletin's own (the PDF prints the same). */
const WIDTH: Record<BulletinColumn, number> = {
  rank: 6,
  unit: 14,
  score: 8,
  newLeads: 10,
  movedForward: 10,
  signedCount: 10,
  signedAmountYi: 14,
  landedCount: 10,
  approvalsOnTime: 12,
  tasksDone: 12,
  overdueTasks: 12,
  overdueLeads: 10,
  notDispatched: 10,
  staleOpportunities: 14,
};
const COLUMNS = BULLETIN_COLUMNS.map((key) => ({ key, header: BULLETIN_HEADINGS[key], width: WIDTH[key] }));

/** The bulletin as .xlsx: the 龙虎榜 of the zones, then the other units. */
export function bulletinSheet(content: BulletinContent) {
  const rows = [...content.zones, ...content.others].map(
    (u) =>
      ({
        rank: content.zones.includes(u) ? String(u.rank) : "",
        unit: u.unitName,
        score: String(u.score),
        ...Object.fromEntries(BULLETIN_METRICS.map((m) => [m, bulletinFigure(m, u.figures[m])])),
      }) as Record<BulletinColumn, string>,
  );
  return writeSheet(`${content.month} 月度通报`, COLUMNS, rows);
}

/** The month's bulletin as .xlsx: the issued one when there is one, else the figures as they stand. */
export async function exportBulletin(ctx: AuthedContext, input: { month: string }) {
  return bulletinSheet((await monthBulletin(ctx, input)).content);
}
