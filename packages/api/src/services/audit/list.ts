import { desc, eq, schema, sql } from "@crm/db";
import type { AuditCursor, AuditFilter, AuditListInput } from "@crm/domain";
import { alias } from "drizzle-orm/pg-core";

import type { AuthedContext } from "../../context";
import { auditVeil, veiledBy, type AuditVeil } from "../../scope/audit-log";
import { auditWhere, cursorAt } from "./filter";

const { auditLog, users, projects, enterprises } = schema;
const recordUser = alias(users, "audit_record_user");

/** A name for the record from its values, when the record itself is gone (or was never a table row). */
const labelFromValues = (v: typeof auditLog.after | typeof auditLog.before) =>
  sql`coalesce(${v}->>'name', ${v}->>'title', ${v}->>'displayName', ${v}->>'username', ${v}->>'code', ${v}->>'item', ${v}->>'enterpriseName')`;

export interface AuditRow {
  id: number;
  at: Date;
  cursorAt: string;
  actorId: string | null;
  /** The actor's name now, or null when the account is gone (the page shows the id). */
  actorName: string | null;
  actorUsername: string | null;
  actorDisabled: boolean;
  action: string;
  entity: string;
  entityId: string | null;
  /** What to call the record: its name now, else the one its values carry. */
  record: string | null;
  /** false: a record of a kind we can look up that no longer exists; null: not looked up. */
  recordExists: boolean | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  userAgent: string | null;
  result: "done" | "refused" | "failed";
  /** The values are withheld: they name a project the caller is shown the code name of. */
  withheld: boolean;
}

/** One page of the log, newest first (keyset on at, id). */
export async function readAuditRows(
  ctx: AuthedContext,
  filter: AuditFilter,
  cursor: AuditCursor | undefined,
  limit: number,
  veil: AuditVeil | null,
): Promise<AuditRow[]> {
  const rows = await ctx.db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      cursorAt,
      actorId: auditLog.actorId,
      actorName: users.displayName,
      actorUsername: users.username,
      actorDisabled: sql<boolean>`coalesce(${users.disabled}, false)`,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      liveName: sql<string | null>`coalesce(${projects.name}, ${enterprises.name}, ${recordUser.displayName})`,
      // The kinds of record joined below: their live name, and whether they still exist.
      looked: sql<boolean>`(${auditLog.entity} in ('project', 'enterprise', 'user') and ${auditLog.entityId} is not null)`,
      live: sql<boolean>`(${projects.id} is not null or ${enterprises.id} is not null or ${recordUser.id} is not null)`,
      valuesName: sql<string | null>`coalesce(${labelFromValues(auditLog.after)}, ${labelFromValues(auditLog.before)})`,
      before: auditLog.before,
      after: auditLog.after,
      ip: auditLog.ip,
      userAgent: auditLog.userAgent,
      result: auditLog.result,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .leftJoin(projects, sql`${auditLog.entity} = 'project' and ${projects.id}::text = ${auditLog.entityId}`)
    .leftJoin(enterprises, sql`${auditLog.entity} = 'enterprise' and ${enterprises.id}::text = ${auditLog.entityId}`)
    .leftJoin(recordUser, sql`${auditLog.entity} = 'user' and ${recordUser.id}::text = ${auditLog.entityId}`)
    .where(auditWhere(filter, cursor))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);
  return rows.map(({ liveName, live, looked, valuesName, ...r }) => {
    const row: AuditRow = {
      ...r,
      record: liveName ?? valuesName ?? null,
      recordExists: looked ? live : null,
      withheld: false,
    };
    const codeName = veiledBy(veil, JSON.stringify(row));
    if (!codeName) return row;
    return {
      ...row,
      actorName: r.actorId && veil!.accountIds.has(r.actorId) ? codeName : row.actorName,
      actorUsername: r.actorId && veil!.accountIds.has(r.actorId) ? null : row.actorUsername,
      entityId: r.entityId && veil!.enterpriseIds.has(r.entityId) ? null : r.entityId,
      record: codeName,
      before: null,
      after: null,
      withheld: true,
    };
  });
}

/** The audit viewer's list: a page of rows and the cursor of the next one. */
export async function listAudit(ctx: AuthedContext, input: AuditListInput) {
  const { cursor, limit, ...filter } = input;
  const veil = await auditVeil(ctx);
  const rows = await readAuditRows(ctx, filter, cursor, limit + 1, veil);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? { at: last.cursorAt, id: last.id } : null,
  };
}
