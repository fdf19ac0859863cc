import type { SessionUser } from "@crm/auth";
import { eq, schema, sql, type Executor } from "@crm/db";
import { can } from "@crm/domain";
import type { SQL } from "drizzle-orm";

import { forbidden, notFound } from "../errors";
import { isBureau, isDistrictWide } from "./roles";

const { trips, tripMembers, tripMeetings, users, leads } = schema;

/**
 * Row and action rules for trips (外出招商). Every read and write of a trip goes through here.
 * - read: the bureau and the leaders every trip; a zone or a department the trips one of its
 *   people is on, and the trips a lead of which was handed to it;
 * - write (plan, edit, keep the lists, debrief): the bureau;
 * - record (meetings, their leads): the delegation's members, and the bureau that keeps the lists.
 */
export function tripScope(user: SessionUser): SQL | undefined {
  if (!can(user.role, "trip.read")) return sql`false`;
  if (isDistrictWide(user)) return undefined;
  if (!user.unitId) return sql`false`;
  return sql`(exists (select 1 from ${tripMembers} join ${users} on ${users.id} = ${tripMembers.userId} where ${tripMembers.tripId} = ${trips.id} and ${users.unitId} = ${user.unitId}) or exists (select 1 from ${tripMeetings} join ${leads} on ${leads.id} = ${tripMeetings.leadId} where ${tripMeetings.tripId} = ${trips.id} and ${leads.assigneeUnitId} = ${user.unitId}))`;
}

/** The caller plans trips and keeps their lists. */
export const mayPlanTrips = (user: SessionUser) => can(user.role, "trip.write") && isBureau(user);

/** SQL on the `trip` row: the caller is on its delegation. */
export function isTripMember(user: SessionUser): SQL<boolean> {
  return sql<boolean>`exists (select 1 from ${tripMembers} where ${tripMembers.tripId} = ${trips.id} and ${tripMembers.userId} = ${user.id})`;
}

/** SQL on the `trip` row: the caller may record meetings on it. */
export function tripRecordable(user: SessionUser): SQL<boolean> {
  if (!can(user.role, "trip.record")) return sql<boolean>`false`;
  if (mayPlanTrips(user)) return sql<boolean>`true`;
  return isTripMember(user);
}

/** The trip in the caller's scope, with whether the caller may record on it; NOT_FOUND outside. */
export async function scopedTripById(tx: Executor, user: SessionUser, id: string) {
  const scope = tripScope(user);
  const [row] = await tx
    .select({ trip: trips, mayRecord: tripRecordable(user) })
    .from(trips)
    .where(scope ? sql`${eq(trips.id, id)} and ${scope}` : eq(trips.id, id));
  if (!row) throw notFound();
  return row;
}

/** The trip, for planning it: NOT_FOUND outside the caller's scope, FORBIDDEN to anyone but the bureau. */
export async function plannableTripById(tx: Executor, user: SessionUser, id: string) {
  const { trip } = await scopedTripById(tx, user, id);
  if (!mayPlanTrips(user)) throw forbidden();
  return trip;
}

/** The trip, for recording a meeting on it: NOT_FOUND outside scope, FORBIDDEN to a non-member. */
export async function recordableTripById(tx: Executor, user: SessionUser, id: string) {
  const { trip, mayRecord } = await scopedTripById(tx, user, id);
  if (!mayRecord) throw forbidden();
  return trip;
}
