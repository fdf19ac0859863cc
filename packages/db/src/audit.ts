import { AsyncLocalStorage } from "node:async_hooks";

import type { Executor } from "./client";
import { auditLog } from "./schema";

export type AuditResult = "done" | "refused" | "failed";

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  /** The caller's address; absent, the request's (see `withAuditScope`). */
  ip?: string | null;
  userAgent?: string | null;
  /** done unless said otherwise: refused (a permission said no) or failed (an error). */
  result?: AuditResult;
}

/** Who is calling, for every audit row written while a request (or a job) runs. */
export interface AuditScope {
  ip: string | null;
  userAgent: string | null;
}

const scope = new AsyncLocalStorage<AuditScope>();

/**
 * Runs `fn` with the request's address and user agent, so that every audit row it writes carries
 * them without each service passing them on (the tRPC base procedure and the job runner use it).
 */
export function withAuditScope<T>(current: AuditScope, fn: () => Promise<T>): Promise<T> {
  return scope.run(current, fn);
}

/** Appends one row to the audit log, inside whatever transaction `db` is; the chain trigger seals it. */
export async function writeAudit(db: Executor, entry: AuditEntry): Promise<void> {
  const current = scope.getStore();
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    ip: entry.ip ?? current?.ip ?? null,
    userAgent: entry.userAgent ?? current?.userAgent ?? null,
    result: entry.result ?? "done",
  });
}
