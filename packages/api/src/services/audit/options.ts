import { asc, schema, sql } from "@crm/db";

import type { AuthedContext } from "../../context";
import { auditVeil } from "../../scope/audit-log";

const { users } = schema;

/** The distinct values of an indexed column, one index probe each (a loose index scan). */
async function distinctValues(ctx: AuthedContext, column: "action" | "entity"): Promise<string[]> {
  const c = sql.raw(column);
  const rows = await ctx.db.execute<{ v: string }>(sql`
    with recursive t(v) as (
      (select ${c} from audit_log order by ${c} limit 1)
      union all
      select (select ${c} from audit_log where ${c} > t.v order by ${c} limit 1) from t where t.v is not null
    )
    select v from t where v is not null`);
  // postgres.js answers an array of rows, PGlite an object holding them.
  const list = Array.isArray(rows) ? rows : (rows as unknown as { rows: { v: string }[] }).rows;
  return (list as { v: string }[]).map((r) => r.v);
}

/** What the viewer's filter offers: every action and object type in the log, and the people. */
export async function auditOptions(ctx: AuthedContext) {
  const veil = await auditVeil(ctx);
  const [actions, entities, people] = await Promise.all([
    distinctValues(ctx, "action"),
    distinctValues(ctx, "entity"),
    ctx.db
      .select({ id: users.id, name: users.displayName, username: users.username, disabled: users.disabled })
      .from(users)
      .orderBy(asc(users.username)),
  ]);
  return { actions, entities, people: people.filter((p) => !veil?.accountIds.has(p.id)) };
}
