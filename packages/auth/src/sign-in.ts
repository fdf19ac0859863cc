import { eq, hasMobile, schema, writeAudit, type Database, type Executor } from "@crm/db";
import { maskPhone, MOBILE, SignInInput } from "@crm/domain";

import { dummyHash, verifyPassword } from "./password";
import type { SessionClaims } from "./session";
import { startSession } from "./session-store";
import { signInThrottle, type Lockout } from "./throttle";

export type SignInResult =
  | { ok: true; claims: SessionClaims }
  | { ok: false; reason: "invalid" | "disabled" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/** The limiter's name for whoever a login names: the account's id, or the login itself if it names nobody. */
export async function accountKey(db: Database, login: string): Promise<{ key: string; userId: string | null }> {
  const byLogin = MOBILE.test(login) ? hasMobile(login) : eq(schema.users.username, login);
  const [user] = await db.select({ id: schema.users.id }).from(schema.users).where(byLogin).limit(1);
  return user ? { key: user.id, userId: user.id } : { key: `?${login.trim().toLowerCase()}`, userId: null };
}

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

/**
 * Checks an account name or mobile number and a password. A locked attempt is refused before the
 * password is looked at and writes nothing; a wrong password is audited and counted; a lock it
 * sets off is audited once. A good sign-in opens a server-side session.
 */
export async function authenticate(db: Database, raw: unknown, ip: string): Promise<SignInResult> {
  const parsed = SignInInput.safeParse(raw);
  const login = parsed.success ? parsed.data.login : String((raw as { login?: unknown })?.login ?? "").slice(0, 64);
  const throttle = signInThrottle(db);
  const { key, userId } = await accountKey(db, login);
  // A mobile number typed as the login is personal data: the audit row keeps it masked.
  const attempt = { login: MOBILE.test(login) ? maskPhone(login) : login, ip };

  const wait = await throttle.retryAfter(key, ip);
  if (wait > 0) return { ok: false, reason: "throttled", retryAfterSeconds: wait };

  const [user] =
    parsed.success && userId ? await db.select().from(schema.users).where(eq(schema.users.id, userId)) : [];
  const matches = await verifyPassword(
    user?.passwordHash ?? (await dummyHash()),
    parsed.success ? parsed.data.password : "",
  );

  if (!user || !matches) {
    const lockouts = await throttle.failed(key, ip);
    await writeAudit(db, {
      actorId: user?.id ?? null,
      action: "auth.sign_in.failed",
      entity: "session",
      entityId: user?.id,
      after: attempt,
      ip,
    });
    await auditLockouts(db, lockouts, { userId, login, ip });
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

  await throttle.succeeded(key, ip);
  const sid = await db.transaction(async (tx) => {
    await tx.update(schema.users).set({ lastSignInAt: new Date() }).where(eq(schema.users.id, user.id));
    const id = await startSession(tx, user.id, ip);
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
