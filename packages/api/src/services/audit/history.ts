import { and, desc, eq, inArray, isNotNull, schema } from "@crm/db";
import { foldChanges, formatChangeValue, HISTORY_FIELD_KINDS, type ChangeRow } from "@crm/domain";

import type { AuthedContext } from "../../context";
import { auditValuesShown } from "../../scope/names";

const { auditLog, users, chains } = schema;

export interface HistoryEntry {
  /** The first row folded (a stable key). */
  id: string;
  firstAt: Date;
  at: Date;
  who: string | null;
  /** How many saves were folded into this entry. */
  saves: number;
  /** Each field: its label key and its values as people read them (Chinese). */
  fields: { field: string; from: string; to: string }[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * A record's change history (变更记录), newest first: its audit rows of `actions`, the values as the
 * caller may read them (`hidden`: the caller is shown the project's code name, so no identifying
 * field reaches them), one person's saves within ten minutes folded into one entry, ids named.
 */
export async function recordHistory(
  ctx: AuthedContext,
  record: { entity: string; entityId: string; actions: string[]; hidden: boolean },
): Promise<HistoryEntry[]> {
  const rows = await ctx.db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorId: auditLog.actorId,
      who: users.displayName,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(
      and(
        eq(auditLog.entity, record.entity),
        eq(auditLog.entityId, record.entityId),
        inArray(auditLog.action, record.actions),
        eq(auditLog.result, "done"),
        isNotNull(auditLog.after),
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(500);
  const shown: ChangeRow[] = rows.flatMap((r) => {
    const before = auditValuesShown(r.before, record.hidden);
    const after = auditValuesShown(r.after, record.hidden);
    return before || after ? [{ ...r, before, after }] : [];
  });
  const folded = foldChanges(shown)
    .map((e) => ({ ...e, fields: e.fields.filter((f) => !same(f.from, f.to)) }))
    .filter((e) => e.fields.length > 0);
  const names = await refNames(
    ctx,
    folded.flatMap((e) =>
      e.fields.filter((f) => HISTORY_FIELD_KINDS[f.field] === "ref").flatMap((f) => [f.from, f.to]),
    ),
  );
  return folded.reverse().map((e) => ({
    id: String(e.ids[0]),
    firstAt: e.firstAt,
    at: e.lastAt,
    who: e.who,
    saves: e.ids.length,
    fields: e.fields.map((f) => ({
      field: f.field,
      from: formatChangeValue(f.field, f.from, names),
      to: formatChangeValue(f.field, f.to, names),
    })),
  }));
}

/** Names for the ids the changes carry (a chain, a person); an id no longer found reads as deleted. */
async function refNames(ctx: AuthedContext, values: unknown[]): Promise<Record<string, string>> {
  const ids = [...new Set(values.filter((v): v is string => typeof v === "string" && /^[0-9a-f-]{36}$/i.test(v)))];
  if (!ids.length) return {};
  const [people, chainRows] = await Promise.all([
    ctx.db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, ids)),
    ctx.db.select({ id: chains.id, name: chains.name }).from(chains).where(inArray(chains.id, ids)),
  ]);
  return Object.fromEntries([...people, ...chainRows].map((r) => [r.id, r.name]));
}
