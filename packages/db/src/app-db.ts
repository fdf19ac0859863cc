import { mkdirSync } from "node:fs";

import { createDb, type DbHandle } from "./client";
import { env } from "./env";
import { defaultPgliteDir } from "./paths";

/**
 * The process-wide database of a running app: PostgreSQL when DATABASE_URL is set, else PGlite
 * in its data folder. Kept on globalThis so that hot reload does not open PGlite twice.
 */
const holder = globalThis as unknown as { __crmDb?: Promise<DbHandle> };

/** A PostgreSQL URL, or PGlite's data folder. */
export type AppDbOptions = { url: string } | { dataDir: string };

export function appDbOptions(): AppDbOptions {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  const dataDir = env.PGLITE_DIR ?? defaultPgliteDir();
  mkdirSync(dataDir, { recursive: true });
  return { dataDir };
}

/** Where migrations run: the owner's URL when one is given, else the app's own database. */
export function migrationDbOptions(): AppDbOptions {
  return env.MIGRATION_DATABASE_URL ? { url: env.MIGRATION_DATABASE_URL } : appDbOptions();
}

export function getAppDb(): Promise<DbHandle> {
  holder.__crmDb ??= createDb(appDbOptions());
  return holder.__crmDb;
}
