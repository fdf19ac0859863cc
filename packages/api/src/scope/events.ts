import type { SessionUser } from "@crm/auth";
import { and, eq, schema, sql, type Executor } from "@crm/db";
import type { SQL } from "drizzle-orm";

import { notFound } from "../errors";
import { projectScope } from "./projects";
import { DEPARTMENT_ROLES, isBureau, isDistrictWide, ZONE_ROLES } from "./roles";

const { promoEvents, promoEventAttendees, promoEventSignings, leads, projects } = schema;

/** A zone task force or a department: they see the events they take part in. */
const takesPartInEvents = (user: SessionUser) => ZONE_ROLES.includes(user.role) || DEPARTMENT_ROLES.includes(user.role);

/** SQL on an attendee row: the lead raised from it was handed to the caller's unit. */
export function attendeeLeadHandedTo(unitId: string): SQL {
  return sql`exists (select 1 from ${leads} where ${leads.id} = ${promoEventAttendees.leadId} and ${leads.assigneeUnitId} = ${unitId})`;
}

/**
 * Row scope for events (活动招商): the bureau and leaders see all; a zone or a department sees an
 * event where a lead raised from one of its attendees was handed to it, or where a project signed
 * at it is in its project scope. Everyone else: none. Undefined for "no restriction".
 */
export function eventScope(user: SessionUser): SQL | undefined {
  if (isDistrictWide(user)) return undefined;
  if (!user.unitId || !takesPartInEvents(user)) return sql`false`;
  const inProjectScope = projectScope(user) ?? sql`true`;
  return sql`(exists (select 1 from ${promoEventAttendees} join ${leads} on ${leads.id} = ${promoEventAttendees.leadId} where ${promoEventAttendees.eventId} = ${promoEvents.id} and ${leads.assigneeUnitId} = ${user.unitId})
    or exists (select 1 from ${promoEventSignings} join ${projects} on ${projects.id} = ${promoEventSignings.projectId} where ${promoEventSignings.eventId} = ${promoEvents.id} and ${inProjectScope}))`;
}

/**
 * Which attendees of a visible event the caller sees: the bureau and leaders all of them; a zone or
 * a department those whose lead was handed to it. Undefined for all.
 */
export function attendeeScope(user: SessionUser): SQL | undefined {
  if (isDistrictWide(user)) return undefined;
  if (!user.unitId) return sql`false`;
  return attendeeLeadHandedTo(user.unitId);
}

/** Which signings of a visible event the caller sees: those whose project is in its project scope. */
export function signingScope(user: SessionUser): SQL | undefined {
  return projectScope(user);
}

/** The caller sees the attendees' phone numbers: the bureau, which keeps the lists. */
export const seesAttendeePhones = (user: SessionUser) => isBureau(user);

/** One event the caller may see, or NOT_FOUND. */
export async function scopedEventById(db: Executor, user: SessionUser, id: string) {
  const [row] = await db
    .select()
    .from(promoEvents)
    .where(and(eventScope(user), eq(promoEvents.id, id)))
    .limit(1);
  if (!row) throw notFound();
  return row;
}
