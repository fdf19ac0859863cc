import { z } from "zod";

import { CalendarDate, Uuid } from "../schemas";

/** How an audited call ended (the db enum `audit_result` lists the same). */
export const AUDIT_RESULTS = ["done", "refused", "failed"] as const;
export type AuditResultValue = (typeof AUDIT_RESULTS)[number];

/** The most rows one export of the audit log carries; the sheet says so when it stops there. */
export const AUDIT_EXPORT_CAP = 50_000;

/**
 * The audit viewer's filter (审计日志): person, action, object type, record, result, address and a
 * date range (days in Shanghai, both ends included). Every field is bounded; free text is not
 * searched inside the values.
 */
export const AuditFilter = z.object({
  actorId: Uuid.optional(),
  action: z
    .string()
    .max(60)
    .regex(/^[a-z_.]+$/)
    .optional(),
  entity: z
    .string()
    .max(40)
    .regex(/^[a-z_]+$/)
    .optional(),
  entityId: z.string().trim().min(1).max(100).optional(),
  result: z.enum(AUDIT_RESULTS).optional(),
  /** An address or its beginning: "10.0." finds 10.0.3.7. */
  ip: z
    .string()
    .max(45)
    .regex(/^[0-9a-fA-F.:]+$/)
    .optional(),
  from: CalendarDate.optional(),
  to: CalendarDate.optional(),
});
export type AuditFilter = z.infer<typeof AuditFilter>;

/** A real instant: "2026-02-31T…" matches the pattern but is no day (PostgreSQL would refuse it). */
function isInstant(v: string): boolean {
  const d = new Date(`${v.slice(0, 23)}Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 19) === v.slice(0, 19) && d.getUTCFullYear() >= 1;
}

/** A place in the log, newest first: the row's time exactly as stored (microseconds) and its id. */
export const AuditCursor = z.object({
  at: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/)
    .refine(isInstant),
  id: z.number().int().min(0),
});
export type AuditCursor = z.infer<typeof AuditCursor>;

export const AuditListInput = AuditFilter.extend({
  cursor: AuditCursor.optional(),
  limit: z.number().int().min(1).max(100).default(50),
});
export type AuditListInput = z.infer<typeof AuditListInput>;

/** The columns of the audit log's .xlsx (Chinese headers, like every export). */
export const AUDIT_COLUMNS = [
  { key: "at", header: "时间", width: 20 },
  { key: "actor", header: "操作人", width: 16 },
  { key: "actorId", header: "操作人ID", width: 38 },
  { key: "action", header: "操作", width: 22 },
  { key: "entity", header: "对象类型", width: 16 },
  { key: "entityId", header: "对象ID", width: 38 },
  { key: "record", header: "对象", width: 28 },
  { key: "result", header: "结果", width: 8 },
  { key: "ip", header: "地址", width: 16 },
  { key: "before", header: "变更前", width: 40 },
  { key: "after", header: "变更后", width: 40 },
] as const;
export type AuditSheetKey = (typeof AUDIT_COLUMNS)[number]["key"];

export const AUDIT_RESULT_LABELS: Record<AuditResultValue, string> = { done: "成功", refused: "拒绝", failed: "失败" };
