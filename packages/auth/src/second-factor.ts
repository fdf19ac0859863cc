import { and, eq, isNotNull, isNull, or, schema, sql, writeAudit, type Database, type Executor } from "@crm/db";
import { open } from "@crm/db/crypto";
import { codeKind, foldRecoveryCode, SecondFactorSignInInput } from "@crm/domain";

import { readChallenge } from "./challenge";
import { verifyPassword } from "./password";
import { auditLockouts, openSession, type SignInResult } from "./open-session";
import { signInThrottle } from "./throttle";
import { checkTotp } from "./totp";

const { secondFactors, recoveryCodes, users } = schema;

/** Whether an account has a confirmed second factor (an enrolment begun but not confirmed is none). */
export async function hasSecondFactor(db: Executor, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: secondFactors.userId })
    .from(secondFactors)
    .where(and(eq(secondFactors.userId, userId), isNotNull(secondFactors.confirmedAt)));
  return Boolean(row);
}

/**
 * Takes a code from the account's authenticator app, once: the code's time step must be later
 * than the last one taken, and is recorded in the same statement, so the same code sent twice (or
 * twice at once) is taken only the first time. Returns whether it was taken.
 */
export async function takeTotp(db: Executor, userId: string, code: string, now: Date): Promise<boolean> {
  const [factor] = await db
    .select()
    .from(secondFactors)
    .where(and(eq(secondFactors.userId, userId), isNotNull(secondFactors.confirmedAt)));
  if (!factor) return false;
  const step = await checkTotp(open(factor.secretSealed), code, { now, afterTimeStep: factor.lastTimeStep });
  if (step === null) return false;
  const taken = await db
    .update(secondFactors)
    .set({ lastTimeStep: step })
    .where(
      and(
        eq(secondFactors.userId, userId),
        or(isNull(secondFactors.lastTimeStep), sql`${secondFactors.lastTimeStep} < ${step}`),
      ),
    )
    .returning({ userId: secondFactors.userId });
  return taken.length === 1;
}

/** Spends one of the account's unused recovery codes, if `code` is one; returns whether it was. */
export async function takeRecoveryCode(db: Executor, userId: string, code: string): Promise<boolean> {
  const folded = foldRecoveryCode(code);
  if (folded.length < 8 || folded.length > 20) return false;
  const unused = await db
    .select({ id: recoveryCodes.id, codeHash: recoveryCodes.codeHash })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  for (const row of unused) {
    if (!(await verifyPassword(row.codeHash, folded))) continue;
    const spent = await db
      .update(recoveryCodes)
      .set({ usedAt: sql`now()` })
      .where(and(eq(recoveryCodes.id, row.id), isNull(recoveryCodes.usedAt)))
      .returning({ id: recoveryCodes.id });
    return spent.length === 1;
  }
  return false;
}

/**
 * The sign-in's second step: the ticket a right password earned and a code from the app or a
 * recovery code. Limited by the sign-in limiter (the same account and address counters as wrong
 * passwords, which were not reset by the password step), each wrong code audited; a good one
 * opens the session.
 */
export async function verifySecondStep(
  db: Database,
  raw: { ticket?: unknown; code?: unknown },
  ip: string,
  now = new Date(),
): Promise<SignInResult> {
  const challenge = readChallenge(typeof raw.ticket === "string" ? raw.ticket : null);
  if (!challenge) return { ok: false, reason: "expired" };
  const parsed = SecondFactorSignInInput.safeParse({ code: raw.code });
  const throttle = signInThrottle(db);
  const wait = await throttle.retryAfter(challenge.uid, ip);
  if (wait > 0) return { ok: false, reason: "throttled", retryAfterSeconds: wait };

  const [user] = await db.select().from(users).where(eq(users.id, challenge.uid));
  if (!user || user.disabled || user.sessionVersion !== challenge.sv) return { ok: false, reason: "expired" };
  const code = parsed.success ? parsed.data.code : "";
  const kind = codeKind(code);
  const taken =
    parsed.success &&
    (kind === "totp" ? await takeTotp(db, user.id, code, now) : await takeRecoveryCode(db, user.id, code));

  if (!taken) {
    const lockouts = await throttle.failed(user.id, ip);
    await writeAudit(db, {
      actorId: user.id,
      action: "second_factor.failed",
      entity: "user",
      entityId: user.id,
      after: { login: user.username, kind },
      ip,
      result: "refused",
    });
    await auditLockouts(db, lockouts, { userId: user.id, login: user.username, ip });
    return { ok: false, reason: "wrongCode" };
  }
  await throttle.succeeded(user.id, ip);
  return openSession(db, user, ip, { login: user.username, secondFactor: kind }, async (tx) => {
    await writeAudit(tx, {
      actorId: user.id,
      action: kind === "totp" ? "second_factor.verified" : "second_factor.recovery_used",
      entity: "user",
      entityId: user.id,
      after: { login: user.username },
      ip,
    });
  });
}
