import { and, eq, sql, type Transaction } from "@crm/db";
import type { PgColumn, PgTable, PgUpdateSetSource } from "drizzle-orm/pg-core";

import { conflict } from "../errors";

type Versioned = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn };

/**
 * Updates one row only if it still has the version the caller read; bumps the version.
 * A stale copy gets CONFLICT and changes nothing.
 */
export async function updateWithVersion<T extends Versioned>(
  tx: Transaction,
  table: T,
  id: string,
  expectedVersion: number,
  changes: PgUpdateSetSource<T>,
): Promise<T["$inferSelect"]> {
  const rows = await tx
    .update(table)
    .set({ ...changes, version: sql`${table.version} + 1`, updatedAt: new Date() } as PgUpdateSetSource<T>)
    .where(and(eq(table.id, id), eq(table.version, expectedVersion)))
    .returning();
  const row = (rows as T["$inferSelect"][])[0];
  if (!row) throw conflict();
  return row;
}
