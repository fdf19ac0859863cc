import {
  auditLockouts,
  checkTotp,
  newRecoveryCodes,
  newTotpSecret,
  signInThrottle,
  takeTotp,
  totpUri,
} from "@crm/auth";
import { and, count, eq, isNotNull, isNull, schema, writeAudit, type Transaction } from "@crm/db";
import { open, seal } from "@crm/db/crypto";
import { secondFactorRequired, type SecondFactorCodeInput } from "@crm/domain";

import type { AuthedContext } from "../../context";
import { badRequest, conflict, tooManyTries } from "../../errors";
import { requiredRolesOf } from "../settings/second-factor-policy";

const { secondFactors, recoveryCodes } = schema;

/** One's own second factor: whether it is on, since when, whether the policy requires it, codes left. */
export async function secondFactorStatus(ctx: AuthedContext) {
  const { db, user } = ctx;
  const [factor] = await db
    .select({ confirmedAt: secondFactors.confirmedAt })
    .from(secondFactors)
    .where(and(eq(secondFactors.userId, user.id), isNotNull(secondFactors.confirmedAt)));
  const [left] = await db
    .select({ n: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, user.id), isNull(recoveryCodes.usedAt)));
  return {
    enrolled: Boolean(factor),
    enrolledAt: factor?.confirmedAt ?? null,
    required: secondFactorRequired(user.role, await requiredRolesOf(db)),
    recoveryCodesLeft: factor ? (left?.n ?? 0) : 0,
  };
}

/**
 * Begins an enrolment: a new secret, kept sealed and unconfirmed until a first code proves the app
 * holds it. Returns the secret (for manual entry) and the otpauth URI (for the QR code) this once.
 * Beginning again replaces an unconfirmed secret; a confirmed factor must be disabled or reset first.
 */
export async function beginEnrolment(ctx: AuthedContext) {
  const { db, user } = ctx;
  const secret = newTotpSecret();
  const sealed = seal(secret);
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(secondFactors).where(eq(secondFactors.userId, user.id)).for("update");
    if (current?.confirmedAt) throw badRequest("secondFactorEnrolled");
    await tx
      .insert(secondFactors)
      .values({ userId: user.id, secretSealed: sealed })
      .onConflictDoUpdate({
        target: secondFactors.userId,
        set: { secretSealed: sealed, lastTimeStep: null, confirmedAt: null },
      });
    await writeAudit(tx, {
      actorId: user.id,
      action: "second_factor.enrolment_begun",
      entity: "user",
      entityId: user.id,
    });
    return { secret, uri: totpUri(secret, user.username) };
  });
}

/** The account's recovery codes replaced by new ones (their hashes made before the transaction). */
async function replaceRecoveryCodes(tx: Transaction, userId: string, hashes: string[]) {
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.insert(recoveryCodes).values(hashes.map((codeHash) => ({ userId, codeHash })));
}

/** Confirms an enrolment with a first code from the app; returns the ten recovery codes, shown once. */
export async function confirmEnrolment(ctx: AuthedContext, input: SecondFactorCodeInput) {
  const { db, user } = ctx;
  const [pending] = await db.select().from(secondFactors).where(eq(secondFactors.userId, user.id));
  if (!pending) throw badRequest("secondFactorNotEnrolled");
  if (pending.confirmedAt) throw badRequest("secondFactorEnrolled");
  const step = await checkTotp(open(pending.secretSealed), input.code, { now: ctx.now() });
  if (step === null) throw badRequest("secondFactorWrongCode");
  const { codes, hashes } = await newRecoveryCodes();
  return db.transaction(async (tx) => {
    // Only the secret the code was checked against, still unconfirmed (not one begun again since).
    const confirmed = await tx
      .update(secondFactors)
      .set({ confirmedAt: ctx.now(), lastTimeStep: step })
      .where(
        and(
          eq(secondFactors.userId, user.id),
          eq(secondFactors.secretSealed, pending.secretSealed),
          isNull(secondFactors.confirmedAt),
        ),
      )
      .returning({ userId: secondFactors.userId });
    if (confirmed.length !== 1) throw conflict();
    await replaceRecoveryCodes(tx, user.id, hashes);
    await writeAudit(tx, {
      actorId: user.id,
      action: "second_factor.enrolled",
      entity: "user",
      entityId: user.id,
      after: { recoveryCodes: codes.length },
    });
    return { recoveryCodes: codes };
  });
}

/**
 * A code from the app, taken once, to confirm a change to one's own factor. Checked under the
 * sign-in limiter (this account from this address) so a session left open cannot guess it; a
 * wrong one is audited. Runs before the change's transaction (the embedded database runs one at a
 * time), and the code stays spent whatever follows.
 */
async function requireCurrentCode(ctx: AuthedContext, code: string, action: string) {
  const { db, user } = ctx;
  const ip = ctx.ip ?? "unknown";
  const throttle = signInThrottle(db);
  if ((await throttle.retryAfter(user.id, ip)) > 0) throw tooManyTries();

  if (await takeTotp(db, user.id, code, ctx.now())) return;
  const lockouts = await throttle.failed(user.id, ip);
  await writeAudit(db, {
    actorId: user.id,
    action: "second_factor.failed",
    entity: "user",
    entityId: user.id,
    after: { for: action },
    result: "refused",
  });
  await auditLockouts(db, lockouts, { userId: user.id, login: user.username, ip });
  throw badRequest("secondFactorWrongCode");
}

/** Whether the account has a confirmed factor, or the refusal. */
async function requireEnrolled(ctx: AuthedContext) {
  const [factor] = await ctx.db
    .select({ userId: secondFactors.userId })
    .from(secondFactors)
    .where(and(eq(secondFactors.userId, ctx.user.id), isNotNull(secondFactors.confirmedAt)));
  if (!factor) throw badRequest("secondFactorNotEnrolled");
}

/** Turns one's own second factor off, with a current code; refused when the policy requires it of one's role. */
export async function disableSecondFactor(ctx: AuthedContext, input: SecondFactorCodeInput) {
  const { db, user } = ctx;
  if (secondFactorRequired(user.role, await requiredRolesOf(db))) throw badRequest("secondFactorRequired");
  await requireEnrolled(ctx);
  await requireCurrentCode(ctx, input.code, "disable");
  return db.transaction(async (tx) => {
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    await tx.delete(secondFactors).where(eq(secondFactors.userId, user.id));
    await writeAudit(tx, { actorId: user.id, action: "second_factor.disabled", entity: "user", entityId: user.id });
    return { enrolled: false };
  });
}

/** Ten new recovery codes in place of the old ones (used or not), with a current code; shown once. */
export async function renewRecoveryCodes(ctx: AuthedContext, input: SecondFactorCodeInput) {
  const { db, user } = ctx;
  await requireEnrolled(ctx);
  await requireCurrentCode(ctx, input.code, "renewRecoveryCodes");
  const { codes, hashes } = await newRecoveryCodes();
  return db.transaction(async (tx) => {
    await replaceRecoveryCodes(tx, user.id, hashes);
    await writeAudit(tx, {
      actorId: user.id,
      action: "second_factor.recovery_renewed",
      entity: "user",
      entityId: user.id,
      after: { recoveryCodes: codes.length },
    });
    return { recoveryCodes: codes };
  });
}
