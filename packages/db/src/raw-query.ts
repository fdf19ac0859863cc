import type { Database } from "./client";

/** A `pg`-style query result, which libraries written for node-postgres expect. */
export interface RawResult {
  rows: Record<string, unknown>[];
  rowCount: number;
}

/** What rate-limiter-flexible's PostgreSQL store calls: `query({ text, values })`. */
export interface RawClient {
  query(q: { text: string; values?: unknown[] }): Promise<RawResult>;
}

type Row = Record<string, unknown>;
interface PostgresJs {
  unsafe(
    text: string,
    values?: unknown[],
  ): Promise<Row[] & { count: number; columns?: { name: string; type: number }[] }>;
}
interface Pglite {
  query(
    text: string,
    values?: unknown[],
  ): Promise<{ rows: Row[]; affectedRows?: number; fields: { name: string; dataTypeID: number }[] }>;
}

const INT8 = 20;

/** int8 columns come back as strings (postgres.js) or bigints (PGlite); node-postgres users expect numbers here. */
function withNumbers(rows: Row[], int8Columns: string[]): Row[] {
  if (!int8Columns.length) return rows;
  return rows.map((row) => {
    const out = { ...row };
    for (const c of int8Columns) if (out[c] != null) out[c] = Number(out[c]);
    return out;
  });
}

/**
 * The database's driver behind a node-postgres-shaped `query`, for either client createDb makes.
 * Parameters are always bound, never spliced into the text.
 */
export function rawClient(db: Database): RawClient {
  const client = (db as unknown as { $client: PostgresJs | Pglite }).$client;
  if ("unsafe" in client)
    return {
      query: async ({ text, values }) => {
        const rows = await client.unsafe(text, values);
        const int8 = (rows.columns ?? []).filter((c) => c.type === INT8).map((c) => c.name);
        return { rows: withNumbers([...rows], int8), rowCount: rows.count ?? rows.length };
      },
    };
  return {
    query: async ({ text, values }) => {
      const r = await client.query(text, values);
      const int8 = r.fields.filter((f) => f.dataTypeID === INT8).map((f) => f.name);
      return { rows: withNumbers(r.rows, int8), rowCount: r.affectedRows || r.rows.length };
    },
  };
}
