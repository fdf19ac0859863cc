import type { SessionUser } from "@crm/auth";
import { and, eq, schema, sql, type Executor } from "@crm/db";
import { can, type CarrierKind } from "@crm/domain";
import type { SQL } from "drizzle-orm";

import { forbidden, notFound } from "../errors";
import { DEPARTMENT_ROLES, isBureau, isZoneBound } from "./roles";

const { carriers } = schema;

type Caller = Pick<SessionUser, "role" | "unitId">;
type CarrierRow = { kind: CarrierKind; zoneId: string; ownerUnitId: string };

/**
 * Row scope for carriers (载体, the opportunity list). Reading: everyone holding
 * `opportunity.read` sees every carrier (an offer is meant to be found). Writing:
 * - the bureau (and the admin): any carrier;
 * - a zone task force: the carriers in its zone (whoever keeps them: a department's parcel there too);
 * - a department: only the land parcels it owns (ownerUnitId);
 * - nobody else.
 * Returns undefined for "no restriction".
 */
export function carrierReadScope(user: Caller): SQL | undefined {
  return can(user.role, "opportunity.read") ? undefined : sql`false`;
}

const ownsParcels = (user: Caller) => DEPARTMENT_ROLES.includes(user.role);

export function carrierWriteScope(user: Caller): SQL | undefined {
  if (!can(user.role, "opportunity.write")) return sql`false`;
  if (isBureau(user)) return undefined;
  if (!user.unitId) return sql`false`;
  if (isZoneBound(user)) return eq(carriers.zoneId, user.unitId);
  if (ownsParcels(user)) return and(eq(carriers.kind, "land"), eq(carriers.ownerUnitId, user.unitId));
  return sql`false`;
}

/** The same rule on a row already read, or on the values a create or update would write. */
export function mayWriteCarrier(user: Caller, row: CarrierRow): boolean {
  if (!can(user.role, "opportunity.write")) return false;
  if (isBureau(user)) return true;
  if (!user.unitId) return false;
  if (isZoneBound(user)) return row.zoneId === user.unitId;
  if (ownsParcels(user)) return row.kind === "land" && row.ownerUnitId === user.unitId;
  return false;
}

/**
 * The unit that keeps a new carrier current when none is named: a department its own parcels,
 * a zone its own, the bureau leaves it with the carrier's zone.
 */
export function defaultOwnerUnit(user: Caller, zoneId: string): string {
  if (!isBureau(user) && user.unitId && (isZoneBound(user) || ownsParcels(user))) return user.unitId;
  return zoneId;
}

/** One carrier the caller may see, or NOT_FOUND. */
export async function scopedCarrierById(db: Executor, user: Caller, id: string) {
  const [row] = await db
    .select()
    .from(carriers)
    .where(and(carrierReadScope(user), eq(carriers.id, id)))
    .limit(1);
  if (!row) throw notFound();
  return row;
}

/** One carrier the caller may change: NOT_FOUND when it cannot see it, FORBIDDEN when it sees but may not write it. */
export async function writableCarrierById(db: Executor, user: Caller, id: string) {
  const row = await scopedCarrierById(db, user, id);
  if (!mayWriteCarrier(user, row)) throw forbidden();
  return row;
}
