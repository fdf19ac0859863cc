import { hashPassword } from "@crm/auth";
import { schema, sql, writeAudit } from "@crm/db";
import type { ResetPasswordInput } from "@crm/domain";

import type { AuthedContext } from "../../context";
import { temporaryPassword } from "../account/temporary-password";
import { updateWithVersion } from "../versioned-update";
import { staffAccountForUpdate } from "./account-rules";

const { users } = schema;

/**
 * Gives a staff account a new one-time password, returned once: every session of the account ends
 * (session version bumped) and the person must choose a password at the next sign-in.
 */
export async function resetPassword(ctx: AuthedContext, input: ResetPasswordInput) {
  const { db, user: actor, ip } = ctx;
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    await staffAccountForUpdate(tx, ctx, input.id);
    const updated = await updateWithVersion(tx, users, input.id, input.version, {
      passwordHash,
      mustChangePassword: true,
      sessionVersion: sql`${users.sessionVersion} + 1`,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "user.reset_password",
      entity: "user",
      entityId: input.id,
      after: { mustChangePassword: true },
      ip,
    });
    return { id: updated.id, username: updated.username, version: updated.version, temporaryPassword: password };
  });
}
