import type { SessionUser } from "@crm/auth";
import { and, eq, inArray, schema, sql, type Executor } from "@crm/db";
import {
  can,
  carrierReach,
  CARRIER_KINDS,
  defaultCarrierOwner,
  mayChangeCarrier,
  maySaveCarrier,
  type CarrierKind,
  type CarrierReach,
  type CarrierWriter,
} from "@crm/domain";
import type { SQL } from "drizzle-orm";

import { forbidden, notFound } from "../errors";
import { DEPARTMENT_ROLES, isBureau, isZoneBound } from "./roles";

const { carriers } = schema;

type Caller = Pick<SessionUser, "role" | "unitId">;
type CarrierRow = { kind: CarrierKind; zoneId: string; ownerUnitId: string };

/**
 * Row scope for carriers (载体, the opportunity list). Reading: everyone holding
 * `opportunity.read` sees every carrier (an offer is meant to be found). Writing follows the
 * domain's one rule (carrier-reach.ts), which the create and edit form also offers from:
 * - the bureau: any carrier;
 * - a zone task force: the carriers in its zone (whoever keeps them: a department's parcel there too),
 *   a new one kept by itself;
 * - a department: only the land parcels it owns (ownerUnitId);
 * - nobody else.
 * Returns undefined for "no restriction".
 */
export function carrierReadScope(user: Caller): SQL | undefined {
  return can(user.role, "opportunity.read") ? undefined : sql`false`;
}

const ownsParcels = (user: Caller) => DEPARTMENT_ROLES.includes(user.role);

/** What the caller is to the carrier write rule. */
export function carrierWriter(user: Caller): CarrierWriter {
  if (!can(user.role, "opportunity.write")) return "none";
  if (isBureau(user)) return "bureau";
  if (isZoneBound(user)) return "zone";
  if (ownsParcels(user)) return "department";
  return "none";
}

/** The kinds, zone and keeper the caller may save (null: none at all). */
export function carrierReachOf(user: Caller): CarrierReach | null {
  return carrierReach(carrierWriter(user), user.unitId ?? null);
}

export function carrierWriteScope(user: Caller): SQL | undefined {
  const reach = carrierReachOf(user);
  if (!reach) return sql`false`;
  const parts = [
    reach.kinds.length < CARRIER_KINDS.length ? inArray(carriers.kind, [...reach.kinds]) : undefined,
    reach.zoneId !== null ? eq(carriers.zoneId, reach.zoneId) : undefined,
    reach.byOwner && reach.ownerUnitId !== null ? eq(carriers.ownerUnitId, reach.ownerUnitId) : undefined,
  ].filter((x): x is SQL => x !== undefined);
  return parts.length ? and(...parts) : undefined;
}

/** The same rule on a row already read: may the caller change it (edit, confirm, move)? */
export function mayWriteCarrier(user: Caller, row: CarrierRow): boolean {
  return mayChangeCarrier(carrierReachOf(user), row);
}

/** May the caller save these values: a new carrier, or an edit of `before` (its keeper may stay). */
export function maySaveCarrierValues(user: Caller, values: CarrierRow, before?: { ownerUnitId: string } | null) {
  return maySaveCarrier(carrierReachOf(user), values, before);
}

/**
 * The unit that keeps a new carrier current when none is named: a department its own parcels,
 * a zone its own, the bureau leaves it with the carrier's zone.
 */
export function defaultOwnerUnit(user: Caller, zoneId: string): string {
  return defaultCarrierOwner(carrierReachOf(user), zoneId);
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
