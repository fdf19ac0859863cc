import {
  AUDIT_COLUMNS,
  AUDIT_EXPORT_CAP,
  AUDIT_RESULT_LABELS,
  formatDateTime,
  type AuditCursor,
  type AuditFilter,
  type AuditSheetKey,
} from "@crm/domain";

import type { AuthedContext } from "../../context";
import { writeSheet } from "../transfer/sheet";
import { auditVeil } from "../../scope/audit-log";
import { readAuditRows, type AuditRow } from "./list";

const PAGE = 1_000;
/** A cell holds at most 32,767 characters. */
const cell = (v: unknown) => (v === null || v === undefined ? "" : JSON.stringify(v).slice(0, 32_000));

function sheetRow(r: AuditRow): Record<AuditSheetKey, string> {
  return {
    at: formatDateTime(r.at),
    actor: r.actorName ?? "",
    actorId: r.actorId ?? "",
    action: r.action,
    entity: r.entity,
    entityId: r.entityId ?? "",
    record: r.record ?? "",
    result: AUDIT_RESULT_LABELS[r.result],
    ip: r.ip ?? "",
    before: r.withheld ? "（不予显示）" : cell(r.before),
    after: r.withheld ? "（不予显示）" : cell(r.after),
  };
}

/**
 * The filtered log as .xlsx, newest first, at most AUDIT_EXPORT_CAP rows (a last line says so when
 * there were more). The export is itself audited: who exported which filter, how many rows.
 */
export async function exportAudit(ctx: AuthedContext, filter: AuditFilter): Promise<Uint8Array<ArrayBuffer>> {
  const veil = await auditVeil(ctx);
  const out: Record<AuditSheetKey, string>[] = [];
  let cursor: AuditCursor | undefined;
  let capped = false;
  for (;;) {
    const rows = await readAuditRows(ctx, filter, cursor, PAGE, veil);
    for (const r of rows) {
      if (out.length === AUDIT_EXPORT_CAP) {
        capped = true;
        break;
      }
      out.push(sheetRow(r));
    }
    const last = rows.at(-1);
    if (capped || rows.length < PAGE || !last) break;
    cursor = { at: last.cursorAt, id: last.id };
  }
  // The export is on the log itself: `disclosure: "export"` on the procedure writes its row.
  if (capped) {
    const note = Object.fromEntries(AUDIT_COLUMNS.map((c) => [c.key, ""])) as Record<AuditSheetKey, string>;
    note.at = `仅导出最新的 ${AUDIT_EXPORT_CAP.toLocaleString("zh-CN")} 行，请缩小筛选范围`;
    out.push(note);
  }
  return writeSheet("审计日志", AUDIT_COLUMNS, out);
}
