import { and, asc, eq, lte, schema, type Database } from "@crm/db";

const { webhookDeliveries } = schema;

/** Pauses before each retry: 1, 5, 15 and 60 minutes; after the fifth failure a delivery has failed. */
export const RETRY_MINUTES = [1, 5, 15, 60] as const;
export const MAX_ATTEMPTS = RETRY_MINUTES.length + 1;

export type Post = (url: string, body: unknown) => Promise<{ ok: boolean; status: number; text: string }>;

export const httpPost: Post = async (url, body) => {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  return { ok: res.ok, status: res.status, text: await res.text() };
};

/** WeCom and DingTalk answer 200 with an errcode; anything but 0 is a failure too. */
function accepted(r: { ok: boolean; text: string }): boolean {
  if (!r.ok) return false;
  try {
    const body = JSON.parse(r.text) as { errcode?: number };
    return body.errcode === undefined || body.errcode === 0;
  } catch {
    return true;
  }
}

/** Posts every delivery that is due; a failure is retried later, up to five attempts in all. */
export async function deliverWebhooks(db: Database, now: Date, post: Post = httpPost, limit = 50) {
  const due = await db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.status, "pending"), lte(webhookDeliveries.nextAttemptAt, now)))
    .orderBy(asc(webhookDeliveries.nextAttemptAt))
    .limit(limit);
  let sent = 0;
  for (const d of due) {
    let ok = false;
    let error: string | null = null;
    try {
      const r = await post(d.url, d.payload);
      ok = accepted(r);
      if (!ok) error = `HTTP ${r.status} ${r.text.slice(0, 200)}`;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const attempts = d.attempts + 1;
    const retryIn = RETRY_MINUTES[attempts - 1];
    await db
      .update(webhookDeliveries)
      .set(
        ok
          ? { status: "sent", attempts, lastError: null }
          : attempts >= MAX_ATTEMPTS || retryIn === undefined
            ? { status: "failed", attempts, lastError: error }
            : { attempts, lastError: error, nextAttemptAt: new Date(now.getTime() + retryIn * 60_000) },
      )
      .where(eq(webhookDeliveries.id, d.id));
    if (ok) sent++;
  }
  return { tried: due.length, sent };
}
