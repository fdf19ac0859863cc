import { hashPassword } from "@crm/auth";
import { mobileColumns, schema, writeAudit } from "@crm/db";
import type { CreateStaffAccountInput } from "@crm/domain";

import type { AuthedContext } from "../../context";
import { temporaryPassword } from "../account/temporary-password";
import { assertLoginFree, assertUnitFitsRole } from "./account-rules";

const { users } = schema;

/**
 * Opens a staff account in a unit that fits its role. The one-time password is returned once (never
 * stored or audited in clear) and must be changed at the first sign-in.
 */
export async function createStaffAccount(ctx: AuthedContext, input: CreateStaffAccountInput) {
  const { db, user: actor, ip } = ctx;
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const mobile = input.mobile?.trim() || null;
  const title = input.title?.trim() || null;
  return db.transaction(async (tx) => {
    await assertUnitFitsRole(tx, input.role, input.unitId);
    await assertLoginFree(tx, input.username, mobile);
    const [created] = await tx
      .insert(users)
      .values({
        username: input.username,
        displayName: input.displayName,
        title,
        ...mobileColumns(mobile),
        role: input.role,
        unitId: input.unitId,
        passwordHash,
        mustChangePassword: true,
      })
      .returning({ id: users.id, username: users.username });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "user.create",
      entity: "user",
      entityId: created!.id,
      after: {
        username: created!.username,
        displayName: input.displayName,
        title,
        ...mobileColumns(mobile),
        role: input.role,
        unitId: input.unitId,
      },
      ip,
    });
    return { id: created!.id, username: created!.username, temporaryPassword: password };
  });
}
