import { randomBytes } from "node:crypto";

import postgres from "postgres";

import { createDb, type DbHandle } from "./client";
import { env } from "./env";
import { migrationsDir } from "./paths";

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh, empty PostgreSQL database for one test run (dropped by `drop`). */
export async function createTestDatabase(prefix = "crm_test"): Promise<TestDatabase> {
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = postgres(env.TEST_DATABASE_ADMIN_URL, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(env.TEST_DATABASE_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const a = postgres(env.TEST_DATABASE_ADMIN_URL, { max: 1, onnotice: () => {} });
      try {
        await a.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await a.end();
      }
    },
  };
}

/** Opens a database of either kind and applies the checked-in migrations. */
export async function openMigrated(kind: "postgres" | "pglite", url?: string): Promise<DbHandle> {
  const handle = await createDb(kind === "postgres" ? { url, max: 5 } : {});
  await handle.migrate(migrationsDir());
  return handle;
}
