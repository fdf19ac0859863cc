import { asc, eq, schema, sql, writeAudit } from "@crm/db";
import { type SetUserDisabledInput } from "@crm/domain";
import { type z } from "zod";

import type { AuthedContext } from "../../context";
import { badRequest, notFound } from "../../errors";
import { updateWithVersion } from "../versioned-update";
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
  return rows.map((r) => ({ ...r, locked: locked.has(r.id) }));
}

/** Disables or re-enables an account. Disabling bumps the session version: the user's sessions end at once. */
export async function setUserDisabled(ctx: AuthedContext, input: z.infer<typeof SetUserDisabledInput>) {
  const { db, user: actor, ip } = ctx;
  if (input.id === actor.id) throw badRequest("cannotDisableSelf");
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ disabled: users.disabled }).from(users).where(eq(users.id, input.id));
    if (!before) throw notFound();
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
