import {
  auditLockouts,
  hashPassword,
  passwordProblems,
  reusedPassword,
  signInThrottle,
  verifyPassword,
  type PasswordProblem,
} from "@crm/auth";
import { desc, eq, schema, sql, writeAudit, type Executor } from "@crm/db";
import { type ChangePasswordWithVersion, type ErrorKey } from "@crm/domain";
import { type z } from "zod";

import type { AuthedContext } from "../../context";
import { badRequest, tooManyTries } from "../../errors";
import { loadPasswordPolicy } from "../settings/password-policy";
import { updateWithVersion } from "../versioned-update";

/** What the page says of each problem of a new password (the shape's own are the contract's). */
const REFUSAL: Record<PasswordProblem, ErrorKey> = {
  tooShort: "passwordBelowPolicy",
  tooLong: "invalidInput",
  needsThreeKinds: "invalidInput",
  common: "passwordCommon",
  containsAccount: "passwordPersonal",
  containsMobile: "passwordPersonal",
  reused: "passwordReused",
};

/**
 * Changes one's own password. Bumps the session version, so every other session of this user ends.
 * The current password is checked under the sign-in limiter (same account, same address), so a
 * session left open cannot be used to guess it.
 */
export async function changePassword(ctx: AuthedContext, input: z.infer<typeof ChangePasswordWithVersion>) {
  const { db, user } = ctx;
  const ip = ctx.ip ?? "unknown";
  const throttle = signInThrottle(ctx.db);
  if ((await throttle.retryAfter(user.id, ip)) > 0) throw tooManyTries();
  const [row] = await db
    .select({ hash: schema.users.passwordHash, username: schema.users.username, mobile: schema.users.mobile })
    .from(schema.users)
    .where(eq(schema.users.id, user.id));
  if (!row || !(await verifyPassword(row.hash, input.currentPassword))) {
    const lockouts = await throttle.failed(user.id, ip);
    await auditLockouts(ctx.db, lockouts, { userId: user.id, login: user.username, ip });
    throw badRequest("wrongPassword");
  }
  const { value: policy } = await loadPasswordPolicy(db);
  // The shape is the contract's; the rest needs the account and its past passwords (等保 level 3).
  const [problem] = passwordProblems(input.newPassword, row, policy.minLength);
  if (problem) throw badRequest(REFUSAL[problem]);
  if (await reusedPassword(input.newPassword, [row.hash, ...(await pastHashes(db, user.id, policy.historyCount - 1))]))
    throw badRequest("passwordReused");
  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction(async (tx) => {
    await tx.insert(schema.passwordHistory).values({ userId: user.id, passwordHash: row.hash });
    const updated = await updateWithVersion(tx, schema.users, user.id, input.version, {
      passwordHash,
      mustChangePassword: false,
      passwordChangedAt: ctx.now(),
      sessionVersion: sql`${schema.users.sessionVersion} + 1`,
    });
    await writeAudit(tx, { actorId: user.id, action: "user.change_password", entity: "user", entityId: user.id, ip });
    return { version: updated.version };
  });
}

/** The hashes of the account's last `n` passwords before the current one, newest first. */
async function pastHashes(db: Executor, userId: string, n: number): Promise<string[]> {
  if (n <= 0) return [];
  const rows = await db
    .select({ hash: schema.passwordHistory.passwordHash })
    .from(schema.passwordHistory)
    .where(eq(schema.passwordHistory.userId, userId))
    .orderBy(desc(schema.passwordHistory.createdAt))
    .limit(n);
  return rows.map((r) => r.hash);
}
