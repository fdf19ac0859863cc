import { schema, sql, writeAudit } from "@crm/db";
import type { ChangePlacementInput } from "@crm/domain";

import type { AuthedContext } from "../../context";
import { updateWithVersion } from "../versioned-update";
import { assertUnitFitsRole, staffAccountForUpdate } from "./account-rules";

const { users } = schema;

/**
 * Moves a staff account to another role or unit (the unit must fit the role). Its sessions end, so
 * the person's next session carries the new permissions and row scope. Audited with before and after.
 */
export async function changePlacement(ctx: AuthedContext, input: ChangePlacementInput) {
  const { db, user: actor, ip } = ctx;
  return db.transaction(async (tx) => {
    const before = await staffAccountForUpdate(tx, ctx, input.id);
    await assertUnitFitsRole(tx, input.role, input.unitId);
    const updated = await updateWithVersion(tx, users, input.id, input.version, {
      role: input.role,
      unitId: input.unitId,
      sessionVersion: sql`${users.sessionVersion} + 1`,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "user.change_role",
      entity: "user",
      entityId: input.id,
      before: { role: before.role, unitId: before.unitId },
      after: { role: updated.role, unitId: updated.unitId },
      ip,
    });
    return { id: updated.id, role: updated.role, unitId: updated.unitId, version: updated.version };
  });
}
