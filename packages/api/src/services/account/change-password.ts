import { auditLockouts, hashPassword, signInThrottle, verifyPassword } from "@crm/auth";
import { eq, schema, sql, writeAudit } from "@crm/db";
import { type ChangePasswordWithVersion } from "@crm/domain";
import { type z } from "zod";

import type { AuthedContext } from "../../context";
import { badRequest, tooManyTries } from "../../errors";
import { updateWithVersion } from "../versioned-update";

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
    .select({ hash: schema.users.passwordHash })
    .from(schema.users)
    .where(eq(schema.users.id, user.id));
  if (!row || !(await verifyPassword(row.hash, input.currentPassword))) {
    const lockouts = await throttle.failed(user.id, ip);
    await auditLockouts(ctx.db, lockouts, { userId: user.id, login: user.username, ip });
    throw badRequest("wrongPassword");
  }
  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction(async (tx) => {
    const updated = await updateWithVersion(tx, schema.users, user.id, input.version, {
      passwordHash,
      mustChangePassword: false,
      sessionVersion: sql`${schema.users.sessionVersion} + 1`,
    });
    await writeAudit(tx, { actorId: user.id, action: "user.change_password", entity: "user", entityId: user.id, ip });
    return { version: updated.version };
  });
}
