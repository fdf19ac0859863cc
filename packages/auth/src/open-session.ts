import { eq, schema, writeAudit, type Database, type Executor, type Transaction } from "@crm/db";

import type { SessionClaims } from "./session";
import { startSession } from "./session-store";
import type { Lockout } from "./throttle";

export type SignInResult =
  | { ok: true; claims: SessionClaims }
  | { ok: false; reason: "invalid" | "disabled" | "wrongCode" | "expired" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number }
  /** A right password of an account with a second factor: the code step comes next, with this ticket. */
  | { ok: false; reason: "secondFactor"; ticket: string };

/** One audit row per lock set off, however many attempts it then refuses. */
export async function auditLockouts(
  db: Executor,
  lockouts: Lockout[],
  who: { userId: string | null; login: string; ip: string },
) {
  for (const lock of lockouts)
    await writeAudit(db, {
      actorId: null,
      action: "auth.lockout",
      entity: "session",
      entityId: who.userId ?? undefined,
      after: { login: who.login, scope: lock.scope, seconds: lock.seconds },
      ip: who.ip,
    });
}

/** Opens the server-side session of a sign-in that passed every step, audited with what it passed. */
export async function openSession(
  db: Database,
  user: typeof schema.users.$inferSelect,
  ip: string,
  attempt: Record<string, unknown>,
  also?: (tx: Transaction) => Promise<void>,
): Promise<SignInResult> {
  const sid = await db.transaction(async (tx) => {
    await tx.update(schema.users).set({ lastSignInAt: new Date() }).where(eq(schema.users.id, user.id));
    const id = await startSession(tx, user.id, ip);
    await also?.(tx);
    await writeAudit(tx, {
      actorId: user.id,
      action: "auth.sign_in",
      entity: "session",
      entityId: user.id,
      after: attempt,
      ip,
    });
    return id;
  });
  return {
    ok: true,
    claims: {
      uid: user.id,
      role: user.role,
      unitId: user.unitId,
      enterpriseId: user.enterpriseId,
      sv: user.sessionVersion,
      sid,
    },
  };
}
