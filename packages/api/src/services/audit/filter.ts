import { and, eq, schema, sql } from "@crm/db";
import type { SQL } from "drizzle-orm";
import type { AuditCursor, AuditFilter } from "@crm/domain";

const { auditLog } = schema;

/** The row's time as the cursor carries it: UTC, to the microsecond (a JS Date would lose them). */
export const cursorAt = sql<string>`to_char(${auditLog.at} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** The audit viewer's filter as SQL on `audit_log`; days are Shanghai days, both ends included. */
export function auditWhere(filter: AuditFilter, cursor?: AuditCursor): SQL | undefined {
  return and(
    filter.actorId ? eq(auditLog.actorId, filter.actorId) : undefined,
    filter.action ? eq(auditLog.action, filter.action) : undefined,
    filter.entity ? eq(auditLog.entity, filter.entity) : undefined,
    filter.entityId ? eq(auditLog.entityId, filter.entityId) : undefined,
    filter.result ? eq(auditLog.result, filter.result) : undefined,
    // The filter's pattern admits only hex digits, dots and colons: nothing to escape for LIKE.
    filter.ip ? sql`${auditLog.ip} like ${`${filter.ip}%`}` : undefined,
    filter.from ? sql`${auditLog.at} >= (${filter.from}::date)::timestamp at time zone 'Asia/Shanghai'` : undefined,
    filter.to ? sql`${auditLog.at} < (${filter.to}::date + 1)::timestamp at time zone 'Asia/Shanghai'` : undefined,
    cursor ? sql`(${auditLog.at}, ${auditLog.id}) < (${cursor.at}::timestamptz, ${cursor.id})` : undefined,
  );
}
