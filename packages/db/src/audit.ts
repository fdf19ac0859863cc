import { AsyncLocalStorage } from "node:async_hooks";

import { maskPhone } from "@crm/domain";

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

/** The fields that hold phone numbers: the audit log keeps them masked, as lists show them. */
const PHONE_FIELDS = new Set(["mobile", "contactPhone", "phone"]);

/** A before/after with every phone field masked, at any depth (personal data is not logged in clear). */
export function maskedForAudit(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskedForAudit);
  if (value === null || typeof value !== "object" || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      PHONE_FIELDS.has(k) && typeof v === "string" ? maskPhone(v) : maskedForAudit(v),
    ]),
  );
}

/** Appends one row to the audit log, inside whatever transaction `db` is; the chain trigger seals it. */
export async function writeAudit(db: Executor, entry: AuditEntry): Promise<void> {
  const current = scope.getStore();
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    before: maskedForAudit(entry.before ?? null),
    after: maskedForAudit(entry.after ?? null),
    ip: entry.ip ?? current?.ip ?? null,
    userAgent: entry.userAgent ?? current?.userAgent ?? null,
    result: entry.result ?? "done",
  });
}
