import { count } from "drizzle-orm";
import { pgSchema, serial } from "drizzle-orm/pg-core";

import type { Executor } from "./client";
import journal from "../migrations/meta/_journal.json";

/** drizzle's own bookkeeping table; declared here only to be read, never migrated by us. */
const appliedMigrations = pgSchema("drizzle").table("__drizzle_migrations", { id: serial().primaryKey() });

/** How many migrations are checked in, and how many the database has applied. */
export async function migrationStatus(db: Executor): Promise<{ expected: number; applied: number }> {
  const expected = journal.entries.length;
  try {
    const [row] = await db.select({ n: count() }).from(appliedMigrations);
    return { expected, applied: row?.n ?? 0 };
  } catch {
    // The bookkeeping table does not exist until the first migration runs.
    return { expected, applied: 0 };
  }
}
