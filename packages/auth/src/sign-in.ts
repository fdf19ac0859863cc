import { eq, schema, writeAudit, type Database } from "@crm/db";
import { MOBILE, SignInInput } from "@crm/domain";

import { dummyHash, verifyPassword } from "./password";
import type { SessionClaims } from "./session";
import { type SignInThrottle } from "./throttle";

export type SignInResult =
  | { ok: true; claims: SessionClaims }
  | { ok: false; reason: "invalid" | "disabled" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * Checks an account name or mobile number and a password. Every attempt, good or bad, is written
 * to the audit log; failures count toward the throttle, which refuses attempts once it is reached.
 */
export async function authenticate(
  db: Database,
  throttle: SignInThrottle,
  raw: unknown,
  ip: string,
): Promise<SignInResult> {
  const parsed = SignInInput.safeParse(raw);
  const login = parsed.success ? parsed.data.login : String((raw as { login?: unknown })?.login ?? "").slice(0, 64);
  const attempt = { login, ip };

  const wait = await throttle.retryAfter(login, ip);
  if (wait > 0) {
    await writeAudit(db, { actorId: null, action: "auth.sign_in.throttled", entity: "session", after: attempt, ip });
    return { ok: false, reason: "throttled", retryAfterSeconds: wait };
  }
  if (!parsed.success) {
    await throttle.failed(login, ip);
    await writeAudit(db, { actorId: null, action: "auth.sign_in.failed", entity: "session", after: attempt, ip });
    return { ok: false, reason: "invalid" };
  }

  const column = MOBILE.test(login) ? schema.users.mobile : schema.users.username;
  const [user] = await db.select().from(schema.users).where(eq(column, login)).limit(1);
  const matches = await verifyPassword(user?.passwordHash ?? (await dummyHash()), parsed.data.password);

  if (!user || !matches) {
    await throttle.failed(login, ip);
    await writeAudit(db, {
      actorId: user?.id ?? null,
      action: "auth.sign_in.failed",
      entity: "session",
      entityId: user?.id,
      after: attempt,
      ip,
    });
    return { ok: false, reason: "invalid" };
  }
  if (user.disabled) {
    await writeAudit(db, {
      actorId: user.id,
      action: "auth.sign_in.disabled",
      entity: "session",
      entityId: user.id,
      after: attempt,
      ip,
    });
    return { ok: false, reason: "disabled" };
  }

  await throttle.succeeded(login);
  await db.transaction(async (tx) => {
    await tx.update(schema.users).set({ lastSignInAt: new Date() }).where(eq(schema.users.id, user.id));
    await writeAudit(tx, {
      actorId: user.id,
      action: "auth.sign_in",
      entity: "session",
      entityId: user.id,
      after: attempt,
      ip,
    });
  });
  return {
    ok: true,
    claims: {
      uid: user.id,
      role: user.role,
      unitId: user.unitId,
      enterpriseId: user.enterpriseId,
      sv: user.sessionVersion,
    },
  };
}
