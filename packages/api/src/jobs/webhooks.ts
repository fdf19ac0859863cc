import { and, asc, eq, inArray, lte, schema, sql, type Database } from "@crm/db";

import { env } from "../env";
import { allowedAddresses, postJson } from "./webhook-post";

const { webhookDeliveries: d } = schema;

/** Pauses before each retry: 1, 5, 15 and 60 minutes; after the fifth failure a delivery has failed. */
export const RETRY_MINUTES = [1, 5, 15, 60] as const;
export const MAX_ATTEMPTS = RETRY_MINUTES.length + 1;
/**
 * How long a claimed delivery is held by the run that claimed it. Longer than a run can take (50
 * posts of at most 10 s each), so a live run never loses its rows to another; a run that died
 * leaves them pending and due again once this has passed.
 */
export const LEASE_MS = 15 * 60_000;
const BATCH = 50;

/**
 * Takes up to `limit` due deliveries for this run, in one statement: the rows are locked as they
 * are chosen (SKIP LOCKED passes over rows another run is claiming at that moment) and leave with
 * their attempt counted and their next attempt moved past the lease, so no other run sees them as
 * due until this one records the outcome or the lease runs out.
 */
export async function claimDue(db: Database, now: Date, limit = BATCH) {
  const due = db
    .select({ id: d.id })
    .from(d)
    .where(and(eq(d.status, "pending"), lte(d.nextAttemptAt, now)))
    .orderBy(asc(d.nextAttemptAt))
    .limit(limit)
    .for("update", { skipLocked: true });
  return db
    .update(d)
    .set({ attempts: sql`${d.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + LEASE_MS) })
    .where(inArray(d.id, due))
    .returning();
}

/**
 * Posts every delivery that is due, each by one run only; a failure is retried later, up to five
 * attempts in all. `allowedHosts` is the operator's list (WEBHOOK_ALLOWED_HOSTS) unless a caller
 * passes another.
 */
export async function deliverWebhooks(
  db: Database,
  now: Date,
  opts: { allowedHosts?: readonly string[]; limit?: number } = {},
) {
  const claimed = await claimDue(db, now, opts.limit);
  if (claimed.length === 0) return { tried: 0, sent: 0 };
  const allow = await allowedAddresses(opts.allowedHosts ?? env.WEBHOOK_ALLOWED_HOSTS);
  let sent = 0;
  for (const row of claimed) {
    const note = await postJson(row.url, row.payload, allow);
    const retryIn = RETRY_MINUTES[row.attempts - 1];
    await db
      .update(d)
      .set(
        note === null
          ? { status: "sent", lastError: null }
          : row.attempts >= MAX_ATTEMPTS || retryIn === undefined
            ? { status: "failed", lastError: note }
            : { lastError: note, nextAttemptAt: new Date(now.getTime() + retryIn * 60_000) },
      )
      // Only while the claim is still ours: had the lease run out and another run claimed the row
      // (counting another attempt), that run records its own outcome.
      .where(and(eq(d.id, row.id), eq(d.attempts, row.attempts), eq(d.status, "pending")));
    if (note === null) sent++;
  }
  return { tried: claimed.length, sent };
}
