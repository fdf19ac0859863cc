import { eq, schema, writeAudit, type Executor } from "@crm/db";
import {
  enterpriseNameKey,
  todayInShanghai,
  type AddAttendeeInput,
  type CheckInInput,
  type RaiseAttendeeLeadInput,
} from "@crm/domain";
import type { z } from "zod";

import { withDb, type AuthedContext } from "../../context";
import { notFound } from "../../errors";
import { scopedEventById } from "../../scope/events";
import { createLead, type CreateLeadResult } from "../lead/create";
import { updateWithVersion } from "../versioned-update";

const { promoEvents, promoEventAttendees } = schema;

/** The attendee and its event, or NOT_FOUND (the event must be one the caller sees). */
async function attendeeOf(db: Executor, ctx: AuthedContext, attendeeId: string) {
  const [row] = await db
    .select({ attendee: promoEventAttendees, title: promoEvents.title })
    .from(promoEventAttendees)
    .innerJoin(promoEvents, eq(promoEvents.id, promoEventAttendees.eventId))
    .where(eq(promoEventAttendees.id, attendeeId));
  if (!row) throw notFound();
  await scopedEventById(db, ctx.user, row.attendee.eventId);
  return row;
}

/** Adds an invitee or attendee to an event's list. */
export async function addAttendee(ctx: AuthedContext, input: z.output<typeof AddAttendeeInput>) {
  const { db, user, ip } = ctx;
  return db.transaction(async (tx) => {
    await scopedEventById(tx, user, input.eventId);
    const [row] = await tx
      .insert(promoEventAttendees)
      .values({
        eventId: input.eventId,
        enterpriseName: input.enterpriseName,
        enterpriseKey: enterpriseNameKey(input.enterpriseName),
        person: input.person || null,
        phone: input.phone || null,
        invited: input.invited,
      })
      .returning();
    await writeAudit(tx, {
      actorId: user.id,
      action: "event.attendee_add",
      entity: "promo_event_attendee",
      entityId: row!.id,
      after: row,
      ip,
    });
    return { id: row!.id, version: row!.version };
  });
}

/** Checks an attendee in (at the caller's clock), or takes the check-in back. */
export async function checkIn(ctx: AuthedContext, input: z.output<typeof CheckInInput>) {
  const { db, user, ip } = ctx;
  return db.transaction(async (tx) => {
    const { attendee } = await attendeeOf(tx, ctx, input.attendeeId);
    const checkedInAt = input.undo ? null : ctx.now();
    const updated = await updateWithVersion(tx, promoEventAttendees, attendee.id, input.version, { checkedInAt });
    await writeAudit(tx, {
      actorId: user.id,
      action: input.undo ? "event.check_in_undo" : "event.check_in",
      entity: "promo_event_attendee",
      entityId: attendee.id,
      before: { checkedInAt: attendee.checkedInAt },
      after: { checkedInAt },
      ip,
    });
    return { id: updated.id, version: updated.version, checkedInAt: updated.checkedInAt };
  });
}

/**
 * Raises a lead (source `event`) from an attendee by hand, through the lead's own duplicate check:
 * when leads for the same enterprise exist they are returned and nothing is written, unless the
 * caller saw them or merges into one. The lead's id is kept on the attendee, in the same transaction.
 */
export async function raiseAttendeeLead(
  ctx: AuthedContext,
  input: z.output<typeof RaiseAttendeeLeadInput>,
): Promise<CreateLeadResult> {
  const { db, user, ip } = ctx;
  return db.transaction(async (tx) => {
    const { attendee, title } = await attendeeOf(tx, ctx, input.attendeeId);
    if (attendee.leadId) return { status: "merged", id: attendee.leadId } as const;
    const result = await createLead(withDb(ctx, tx), {
      enterpriseName: attendee.enterpriseName,
      creditCode: null,
      source: "event",
      notes: title,
      contactName: attendee.person,
      contactPhone: attendee.phone,
      reportedOn: todayInShanghai(ctx.now()),
      acknowledgeDuplicates: input.acknowledgeDuplicates,
      mergeIntoId: input.mergeIntoId ?? null,
    });
    if (result.status === "duplicates") return result;
    await updateWithVersion(tx, promoEventAttendees, attendee.id, input.version, { leadId: result.id });
    await writeAudit(tx, {
      actorId: user.id,
      action: "event.attendee_lead",
      entity: "promo_event_attendee",
      entityId: attendee.id,
      after: { leadId: result.id, status: result.status },
      ip,
    });
    return result;
  });
}
