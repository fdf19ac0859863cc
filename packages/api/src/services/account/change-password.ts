import { hashPassword, verifyPassword } from "@crm/auth";
import { eq, schema, sql, writeAudit } from "@crm/db";
import { type ChangePasswordWithVersion } from "@crm/domain";
import { type z } from "zod";

import type { AuthedContext } from "../../context";
import { badRequest } from "../../errors";
import { updateWithVersion } from "../versioned-update";

/** Changes one's own password. Bumps the session version, so every other session of this user ends. */
export async function changePassword(ctx: AuthedContext, input: z.infer<typeof ChangePasswordWithVersion>) {
  const { db, user, ip } = ctx;
  const [row] = await db
    .select({ hash: schema.users.passwordHash })
    .from(schema.users)
    .where(eq(schema.users.id, user.id));
  if (!row || !(await verifyPassword(row.hash, input.currentPassword))) throw badRequest("wrongPassword");
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
