import { createHash } from "node:crypto";

import { sql } from "drizzle-orm";

import type { Executor } from "./client";

/** What `pnpm audit:verify` says of the chain: intact with its length, or the first row that is not. */
export type AuditChainReport =
  | { ok: true; rows: number; lastSeq: number }
  | { ok: false; rows: number; seq: number; id: number | null; problem: "altered" | "missing" | "unlinked" };

interface ChainRow extends Record<string, unknown> {
  seq: string | number;
  id: string | number;
  at_us: string;
  actor_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: string | null;
  after: string | null;
  ip: string | null;
  user_agent: string | null;
  result: string;
  prev_hash: string;
  hash: string;
}

const SEPARATOR = "\x1f";

/** Rows of `db.execute`: postgres.js gives an array, PGlite an object holding one. */
function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;
}

/**
 * Moves the audit rows written before `cutoff` — never those of the last 180 days, never the last
 * row — into the archive with their chain (migration 0019's `audit_log_archive`); returns how many.
 */
export async function archiveAuditLog(db: Executor, cutoff: Date): Promise<number> {
  const [row] = rowsOf<{ n: string | number }>(
    await db.execute(sql`select audit_log_archive(${cutoff.toISOString()}::timestamptz) as n`),
  );
  return Number(row?.n ?? 0);
}

/**
 * The row's SHA-256 as migration 0019's `audit_log_digest` makes it, recomputed here: the database
 * gives only the session-independent text of the time (µs since the epoch) and of the jsonb fields.
 */
export function auditRowDigest(prevHash: string, row: Omit<ChainRow, "prev_hash" | "hash">): string {
  const fields = [
    prevHash,
    String(row.seq),
    String(row.id),
    row.at_us,
    row.actor_id ?? "",
    row.action,
    row.entity,
    row.entity_id ?? "",
    row.before ?? "",
    row.after ?? "",
    row.ip ?? "",
    row.user_agent ?? "",
    row.result,
  ];
  return createHash("sha256").update(fields.join(SEPARATOR), "utf8").digest("hex");
}

/**
 * Walks the archive and the live log in chain order, a page at a time, and names the first row
 * whose content no longer gives its hash (altered), whose place is skipped (missing: a row was
 * deleted) or whose link does not name the row before it (unlinked).
 */
export async function verifyAuditChain(db: Executor, pageSize = 5000): Promise<AuditChainReport> {
  let prevHash = "";
  let expectedSeq = 1;
  let rows = 0;
  for (;;) {
    const list = rowsOf<ChainRow>(
      await db.execute(sql`
      select seq, id, (extract(epoch from at) * 1000000)::bigint::text as at_us, actor_id::text as actor_id, action,
             entity, entity_id, before::text as before, after::text as after, ip, user_agent, result::text as result,
             prev_hash, hash
      from (
        select seq, id, at, actor_id, action, entity, entity_id, before, after, ip, user_agent, result, prev_hash, hash
        from audit_log_archive
        union all
        select seq, id, at, actor_id, action, entity, entity_id, before, after, ip, user_agent, result, prev_hash, hash
        from audit_log
      ) chain
      where seq >= ${expectedSeq}
      order by seq
      limit ${pageSize}`),
    );
    if (!list.length) return { ok: true, rows, lastSeq: expectedSeq - 1 };
    for (const row of list) {
      const seq = Number(row.seq);
      if (seq !== expectedSeq) return { ok: false, rows, seq: expectedSeq, id: null, problem: "missing" };
      if (row.prev_hash !== prevHash) return { ok: false, rows, seq, id: Number(row.id), problem: "unlinked" };
      if (auditRowDigest(prevHash, row) !== row.hash)
        return { ok: false, rows, seq, id: Number(row.id), problem: "altered" };
      prevHash = row.hash;
      expectedSeq++;
      rows++;
    }
  }
}
