import { eq, schema } from "@crm/db";
import { permissionsOf } from "@crm/domain";

import type { AuthedContext } from "../../context";

const { users, orgUnits, enterprises } = schema;

/** The signed-in user, their unit or enterprise, and what they may do (the UI reads this to show actions). */
export async function me(ctx: AuthedContext) {
  const { db, user } = ctx;
  const [row] = await db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      title: users.title,
      mobile: users.mobile,
      role: users.role,
      version: users.version,
      mustChangePassword: users.mustChangePassword,
      unitName: orgUnits.name,
      unitShortName: orgUnits.shortName,
      unitKind: orgUnits.kind,
      enterpriseName: enterprises.name,
    })
    .from(users)
    .leftJoin(orgUnits, eq(orgUnits.id, users.unitId))
    .leftJoin(enterprises, eq(enterprises.id, users.enterpriseId))
    .where(eq(users.id, user.id));
  // A password past the policy's expiry must change as a temporary one must; the page says which.
  return {
    ...row!,
    mustChangePassword: user.mustChangePassword,
    passwordExpired: user.passwordExpired,
    mustEnrolSecondFactor: user.mustEnrolSecondFactor,
    permissions: permissionsOf(user.role),
  };
}
