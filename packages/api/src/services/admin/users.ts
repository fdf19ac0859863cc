import { asc, eq, schema, sql, writeAudit } from "@crm/db";
import { isAdministrator, type SetUserDisabledInput } from "@crm/domain";
import { type z } from "zod";

import type { AuthedContext } from "../../context";
import { badRequest, notFound } from "../../errors";
import { updateWithVersion } from "../versioned-update";
import { listedPhone } from "../../scope/personal";
import { lockedUserIds } from "./unlock";

const { users, orgUnits, enterprises } = schema;

/** Every account, with whether the sign-in limiter holds it locked now. */
export async function listUsers(ctx: AuthedContext) {
  const { db } = ctx;
  const locked = await lockedUserIds(ctx);
  const rows = await db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      title: users.title,
      role: users.role,
      unitId: users.unitId,
      enterpriseId: users.enterpriseId,
      mustChangePassword: users.mustChangePassword,
      mobile: users.mobile,
      disabled: users.disabled,
      lastSignInAt: users.lastSignInAt,
      version: users.version,
      unitName: orgUnits.shortName,
      enterpriseName: enterprises.name,
      secondFactor: sql<boolean>`exists (select 1 from ${schema.secondFactors} where ${schema.secondFactors.userId} = ${users.id}
        and ${schema.secondFactors.confirmedAt} is not null)`,
    })
    .from(users)
    .leftJoin(orgUnits, eq(orgUnits.id, users.unitId))
    .leftJoin(enterprises, eq(enterprises.id, users.enterpriseId))
    .orderBy(asc(orgUnits.sort), asc(users.username));
  return rows.map((r) => ({ ...r, mobile: listedPhone(r.mobile), locked: locked.has(r.id) }));
}

/**
 * Disables or re-enables an account. Disabling bumps the session version: the user's sessions end at
 * once. An administrator's account is not the system administrator's to switch off (that would end
 * the security or the audit administrator's oversight): the security administrator first moves it.
 */
export async function setUserDisabled(ctx: AuthedContext, input: z.infer<typeof SetUserDisabledInput>) {
  const { db, user: actor, ip } = ctx;
  if (input.id === actor.id) throw badRequest("cannotDisableSelf");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ disabled: users.disabled, role: users.role })
      .from(users)
      .where(eq(users.id, input.id))
      .for("update");
    if (!row) throw notFound();
    if (isAdministrator(row.role)) throw badRequest("administratorAccount");
    const before = { disabled: row.disabled };
    const updated = await updateWithVersion(tx, users, input.id, input.version, {
      disabled: input.disabled,
      ...(input.disabled ? { sessionVersion: sql`${users.sessionVersion} + 1` } : {}),
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: input.disabled ? "user.disable" : "user.enable",
      entity: "user",
      entityId: input.id,
      before,
      after: { disabled: updated.disabled },
      ip,
    });
    return { id: updated.id, disabled: updated.disabled, version: updated.version };
  });
}
