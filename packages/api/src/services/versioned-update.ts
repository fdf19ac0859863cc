import { and, eq, sql, type Transaction } from "@crm/db";
import { getTableColumns, getTableName, type SQL } from "drizzle-orm";
import { getTableConfig, type PgColumn, type PgTable, type PgUpdateSetSource } from "drizzle-orm/pg-core";

import { conflict } from "../errors";

type Versioned = PgTable & { version: PgColumn };
type Row<T extends Versioned> = T["$inferSelect"];

/**
 * Which row: its `id`, or — for a table keyed otherwise (a day, a setting's key, a unit, a year and
 * a unit) — the values of its whole primary key, e.g. `{ year: 2026, unitId }`.
 */
export type RowKey<T extends Versioned> = (T extends { id: PgColumn } ? string : never) | Partial<Row<T>>;

const primaryKeys = new WeakMap<PgTable, Set<string>>();

/** The database names of the table's primary-key columns (a column's own, or a composite key's). */
function primaryKeyOf(table: PgTable): Set<string> {
  let pk = primaryKeys.get(table);
  if (!pk) {
    const config = getTableConfig(table);
    pk = new Set(
      [...config.columns.filter((c) => c.primary), ...config.primaryKeys.flatMap((k) => k.columns)].map((c) => c.name),
    );
    primaryKeys.set(table, pk);
  }
  return pk;
}

/** The key as a condition; a key that is not exactly the primary key is a programming error (it could match many rows). */
function whereKey<T extends Versioned>(table: T, key: RowKey<T>): SQL {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const entries: [string, unknown][] = typeof key === "string" ? [["id", key]] : Object.entries(key);
  const pk = primaryKeyOf(table);
  const used = new Set(entries.map(([name]) => columns[name]?.name));
  if (used.size !== pk.size || [...used].some((c) => c === undefined || !pk.has(c)))
    throw new Error(`${getTableName(table)}: a versioned write names its row by the whole primary key`);
  return and(...entries.map(([name, value]) => eq(columns[name]!, value)))!;
}

/**
 * Updates one row only if it still has the version the caller read; bumps the version (and
 * updatedAt, where the table keeps one). A stale copy gets CONFLICT and changes nothing.
 */
export async function updateWithVersion<T extends Versioned>(
  tx: Transaction,
  table: T,
  key: RowKey<T>,
  expectedVersion: number,
  changes: PgUpdateSetSource<T>,
): Promise<Row<T>> {
  const stamp = "updatedAt" in getTableColumns(table) ? { updatedAt: new Date() } : {};
  const rows = await tx
    .update(table)
    .set({ ...changes, version: sql`${table.version} + 1`, ...stamp } as PgUpdateSetSource<T>)
    .where(and(whereKey(table, key), eq(table.version, expectedVersion)))
    .returning();
  const row = (rows as Row<T>[])[0];
  if (!row) throw conflict();
  return row;
}

/**
 * Deletes one row only if it still has the version the caller read, and returns it (for the audit
 * row). A stale copy — or a row already gone — gets CONFLICT and deletes nothing. A caller that must
 * answer NOT_FOUND for a row outside the caller's scope looks it up (scoped) first.
 */
export async function deleteWithVersion<T extends Versioned>(
  tx: Transaction,
  table: T,
  key: RowKey<T>,
  expectedVersion: number,
): Promise<Row<T>> {
  const rows = await tx
    .delete(table)
    .where(and(whereKey(table, key), eq(table.version, expectedVersion)))
    .returning();
  const row = (rows as Row<T>[])[0];
  if (!row) throw conflict();
  return row;
}
