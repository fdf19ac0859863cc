import { and, asc, eq, hasMobile, ne, or, schema, sql, type Transaction } from "@crm/db";
import { isStaff, unitFitsRole, type Role } from "@crm/domain";

import type { AuthedContext } from "../../context";
import { badRequest, notFound } from "../../errors";

const { users, orgUnits } = schema;

/** The units a staff account may sit in, with their kind (the form offers those that fit the chosen role). */
export function staffUnits(ctx: AuthedContext) {
  return ctx.db
    .select({ id: orgUnits.id, name: orgUnits.shortName, kind: orgUnits.kind })
    .from(orgUnits)
    .orderBy(asc(orgUnits.sort), asc(orgUnits.shortName));
}

/** Refuses a unit that does not exist or is not of the kind the role sits in. */
export async function assertUnitFitsRole(tx: Transaction, role: Role, unitId: string) {
  const [unit] = await tx.select({ kind: orgUnits.kind }).from(orgUnits).where(eq(orgUnits.id, unitId));
  if (!unit || !unitFitsRole(role, unit.kind)) throw badRequest("unitRoleMismatch");
}

/** Refuses an account name (compared without case) or a mobile number another account already has. */
export async function assertLoginFree(tx: Transaction, username: string, mobile: string | null) {
  const [clash] = await tx
    .select({ username: users.username })
    .from(users)
    .where(or(sql`lower(${users.username}) = ${username.toLowerCase()}`, mobile ? hasMobile(mobile) : undefined))
    .limit(1);
  if (clash)
    throw badRequest(clash.username.toLowerCase() === username.toLowerCase() ? "usernameTaken" : "mobileTaken");
}

/**
 * The staff account the admin acts on, locked for the transaction: never the admin's own (their
 * role, unit and password are not theirs to change here), never an enterprise's portal account.
 */
export async function staffAccountForUpdate(tx: Transaction, ctx: AuthedContext, id: string) {
  if (id === ctx.user.id) throw badRequest("cannotChangeSelf");
  const [row] = await tx
    .select({ id: users.id, role: users.role, unitId: users.unitId, enterpriseId: users.enterpriseId })
    .from(users)
    .where(and(eq(users.id, id), ne(users.id, ctx.user.id)))
    .for("update");
  if (!row) throw notFound();
  if (!isStaff(row.role) || row.enterpriseId) throw badRequest("notStaffAccount");
  return row;
}
