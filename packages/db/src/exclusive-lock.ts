import type { Database } from "./client";

interface Reserved {
  unsafe(text: string, values?: unknown[]): Promise<unknown>;
  release(): void;
}
interface PostgresJs {
  reserve(): Promise<Reserved>;
}

/**
 * Runs `fn` while this process holds a PostgreSQL advisory lock named `name`, so that app
 * instances starting together take turns at what must not run twice at once (migrations, the job
 * queue's setup: pg-boss's queue creation deadlocks when two instances create the same queues).
 * The lock is a session lock on one reserved connection, held however many connections `fn`
 * uses, and let go when `fn` ends or the connection dies. PGlite has one process: `fn` just runs.
 */
export async function withExclusiveLock<T>(db: Database, name: string, fn: () => Promise<T>): Promise<T> {
  const client = (db as unknown as { $client: PostgresJs | object }).$client;
  if (!("reserve" in client)) return fn();
  const conn = await client.reserve();
  const key = `crm.${name}`;
  try {
    await conn.unsafe("select pg_advisory_lock(hashtextextended($1, 0))", [key]);
    try {
      return await fn();
    } finally {
      await conn.unsafe("select pg_advisory_unlock(hashtextextended($1, 0))", [key]);
    }
  } finally {
    conn.release();
  }
}
