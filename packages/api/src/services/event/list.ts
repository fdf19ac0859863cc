import { and, asc, desc, eq, schema, sql } from "@crm/db";
import { can, type PromoEventListInput } from "@crm/domain";
import type { z } from "zod";

import type { AuthedContext } from "../../context";
import { attendeeScope, eventScope, scopedEventById, seesAttendeePhones, signingScope } from "../../scope/events";
import { attendeeHiddenAs, projectNameColumns } from "../../scope/names";

const { promoEvents, promoEventAttendees, promoEventSignings, projects, orgUnits } = schema;

/** The events the caller may see, newest first (a year's when given). */
export async function listEvents(ctx: AuthedContext, input: z.output<typeof PromoEventListInput>) {
  const year = input.year ? sql`extract(year from ${promoEvents.heldOn})::int = ${input.year}` : undefined;
  return ctx.db
    .select({
      id: promoEvents.id,
      kind: promoEvents.kind,
      title: promoEvents.title,
      heldOn: promoEvents.heldOn,
      place: promoEvents.place,
      attendees: sql<number>`(select count(*)::int from ${promoEventAttendees} where ${promoEventAttendees.eventId} = ${promoEvents.id} and ${promoEventAttendees.checkedInAt} is not null)`,
      signings: sql<number>`(select count(*)::int from ${promoEventSignings} where ${promoEventSignings.eventId} = ${promoEvents.id} and ${promoEventSignings.counted})`,
    })
    .from(promoEvents)
    .where(and(eventScope(ctx.user), year))
    .orderBy(desc(promoEvents.heldOn), asc(promoEvents.id))
    .limit(200);
}

/**
 * One event with its attendees and signings, as the caller may see them: a zone or a department
 * sees only the attendees whose lead was handed to it and the signings of projects in its scope;
 * an attendee or a signing behind a confidential project goes by its code name.
 */
export async function eventById(ctx: AuthedContext, input: { id: string }) {
  const { db, user } = ctx;
  const event = await scopedEventById(db, user, input.id);
  const hiddenAs = attendeeHiddenAs(user);
  const phones = seesAttendeePhones(user);
  const [attendees, signings] = await Promise.all([
    db
      .select({
        id: promoEventAttendees.id,
        enterpriseName: sql<string>`coalesce(${hiddenAs}, ${promoEventAttendees.enterpriseName})`,
        confidential: sql<boolean>`(${hiddenAs} is not null)`,
        person: sql<string | null>`case when ${hiddenAs} is null then ${promoEventAttendees.person} end`,
        phone: promoEventAttendees.phone,
        invited: promoEventAttendees.invited,
        checkedInAt: promoEventAttendees.checkedInAt,
        leadId: promoEventAttendees.leadId,
        version: promoEventAttendees.version,
      })
      .from(promoEventAttendees)
      .where(and(eq(promoEventAttendees.eventId, event.id), attendeeScope(user)))
      .orderBy(asc(promoEventAttendees.createdAt), asc(promoEventAttendees.enterpriseKey), asc(promoEventAttendees.id)),
    db
      .select({
        id: promoEventSignings.id,
        projectId: projects.id,
        ...projectNameColumns(user),
        stage: projects.stage,
        signedAmountWan: promoEventSignings.signedAmountWan,
        counted: promoEventSignings.counted,
        /** Where the project's signing is counted, when not here. */
        countedAt: sql<
          string | null
        >`case when not ${promoEventSignings.counted} then (select e.title from ${promoEventSignings} s join ${promoEvents} e on e.id = s.event_id where s.project_id = ${promoEventSignings.projectId} and s.counted limit 1) end`,
        countedOn: sql<
          string | null
        >`case when not ${promoEventSignings.counted} then (select e.held_on::text from ${promoEventSignings} s join ${promoEvents} e on e.id = s.event_id where s.project_id = ${promoEventSignings.projectId} and s.counted limit 1) end`,
      })
      .from(promoEventSignings)
      .innerJoin(projects, eq(projects.id, promoEventSignings.projectId))
      .where(and(eq(promoEventSignings.eventId, event.id), signingScope(user)))
      .orderBy(asc(promoEventSignings.createdAt), asc(promoEventSignings.id)),
  ]);
  const [owner] = await db
    .select({ name: orgUnits.shortName })
    .from(orgUnits)
    .where(eq(orgUnits.id, event.ownerUnitId));
  return {
    event: { ...event, ownerUnit: owner?.name ?? null },
    attendees: attendees.map((a) => ({ ...a, phone: phones && !a.confidential ? a.phone : null })),
    signings,
    can: { write: can(user.role, "event.write") },
  };
}
