import { eq, hasMobile, schema, writeAudit, type Database } from "@crm/db";
import { maskPhone, MOBILE, SignInInput } from "@crm/domain";

import { issueChallenge } from "./challenge";
import { auditLockouts, openSession, type SignInResult } from "./open-session";
import { dummyHash, verifyPassword } from "./password";
import { hasSecondFactor } from "./second-factor";
import { signInThrottle } from "./throttle";

export { auditLockouts, type SignInResult } from "./open-session";

/** The limiter's name for whoever a login names: the account's id, or the login itself if it names nobody. */
export async function accountKey(db: Database, login: string): Promise<{ key: string; userId: string | null }> {
  const byLogin = MOBILE.test(login) ? hasMobile(login) : eq(schema.users.username, login);
  const [user] = await db.select({ id: schema.users.id }).from(schema.users).where(byLogin).limit(1);
  return user ? { key: user.id, userId: user.id } : { key: `?${login.trim().toLowerCase()}`, userId: null };
}

/**
 * Checks an account name or mobile number and a password. A locked attempt is refused before the
 * password is looked at and writes nothing; a wrong password is audited and counted; a lock it
 * sets off is audited once. A good sign-in opens a server-side session, unless the account has a
 * second factor: then it earns a ticket to the code step (verifySecondStep) and nothing more.
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

  // A second factor: the password alone opens nothing, and the failures counted so far stay
  // counted until the code is right too (a right password does not reset the code's limit).
  if (await hasSecondFactor(db, user.id)) {
    await writeAudit(db, {
      actorId: user.id,
      action: "second_factor.challenged",
      entity: "user",
      entityId: user.id,
      after: attempt,
      ip,
    });
    return { ok: false, reason: "secondFactor", ticket: issueChallenge(user.id, user.sessionVersion) };
  }
  await throttle.succeeded(key, ip);
  return openSession(db, user, ip, attempt);
}
