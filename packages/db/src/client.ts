import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";

import { sealLegacyPersonalData } from "./personal-data";
import { lockPgliteDir } from "./pglite-lock";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or a transaction on it: services take this. */
export type Executor = Database | Transaction;

export type DatabaseKind = "postgres" | "pglite";

export interface DbHandle {
  db: Database;
  kind: DatabaseKind;
  /** Applies the checked-in migrations (idempotent), then seals personal data stored in clear before. */
  migrate(migrationsFolder: string): Promise<void>;
  close(): Promise<void>;
}

export interface DbOptions {
  /** PostgreSQL URL; without one, PGlite. */
  url?: string;
  /** PGlite data folder; without one, in memory. */
  dataDir?: string;
  /** Pool size for PostgreSQL. */
  max?: number;
}

const drizzleConfig = { schema, casing: "snake_case" } as const;

/** The one client factory: a URL gives postgres.js, none gives the embedded PGlite. */
export async function createDb(options: DbOptions): Promise<DbHandle> {
  if (options.url) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    const client = postgres(options.url, {
      max: options.max ?? 10,
      idle_timeout: 20,
      connect_timeout: 10,
      onnotice: () => {},
    });
    const db = drizzle({ client, ...drizzleConfig });
    return {
      db,
      kind: "postgres",
      migrate: async (migrationsFolder) => {
        await migrate(db, { migrationsFolder });
        await sealLegacyPersonalData(db);
      },
      close: () => client.end({ timeout: 5 }),
    };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const release = options.dataDir ? lockPgliteDir(options.dataDir) : () => {};
  // Options alone: with an undefined data folder as first argument PGlite ignores the extensions.
  const client = new PGlite({ dataDir: options.dataDir, extensions: { pg_trgm } });
  await client.waitReady;
  const db = drizzle({ client, ...drizzleConfig });
  return {
    db,
    kind: "pglite",
    migrate: async (migrationsFolder) => {
      await migrate(db, { migrationsFolder });
      await sealLegacyPersonalData(db);
    },
    close: async () => {
      await client.close();
      release();
    },
  };
}
