import { eq, schema, writeAudit, type Executor } from "@crm/db";
import {
  enterpriseNameKey,
  PROMISING_INTERESTS,
  todayInShanghai,
  type RecordTripMeetingInput,
  type TripMeetingLeadInput,
  type UpdateTripMeetingInput,
} from "@crm/domain";
import type { z } from "zod";

import { withDb, type AuthedContext } from "../../context";
import { badRequest, notFound } from "../../errors";
import { recordableTripById } from "../../scope/trips";
import { loadCalendar } from "../calendar";
import { loadPolicy } from "../settings/policies";
import { createLead } from "../lead/create";
import { assignLead } from "../lead/workflow";
import { insertTask } from "../task/create";
import { updateWithVersion } from "../versioned-update";

const { tripMeetings, leads, orgUnits } = schema;

type Fields = z.output<typeof RecordTripMeetingInput>;

/** A meeting's day falls within its trip's dates, both ends included. */
function checkDay(trip: { startsOn: string; endsOn: string }, meetsOn: string) {
  if (meetsOn < trip.startsOn || meetsOn > trip.endsOn) throw badRequest("meetingOutsideTrip");
}

function columnsOf(fields: Omit<Fields, "tripId">) {
  return {
    meetsOn: fields.meetsOn,
    held: fields.held,
    enterpriseName: fields.enterpriseName,
    enterpriseKey: enterpriseNameKey(fields.enterpriseName),
    people: fields.people,
    interest: fields.interest,
    nextStep: fields.nextStep,
  };
}

/** A delegation member records a meeting (planned or held), on a phone during the trip. */
export async function recordTripMeeting(ctx: AuthedContext, input: Fields) {
  const { db, user, ip } = ctx;
  return db.transaction(async (tx) => {
    const trip = await recordableTripById(tx, user, input.tripId);
    checkDay(trip, input.meetsOn);
    const [row] = await tx
      .insert(tripMeetings)
      .values({ tripId: trip.id, ...columnsOf(input), recordedById: user.id })
      .returning();
    await writeAudit(tx, {
      actorId: user.id,
      action: "trip.record_meeting",
      entity: "trip_meeting",
      entityId: row!.id,
      after: row,
      ip,
    });
    return { id: row!.id, version: row!.version };
  });
}

async function meetingById(tx: Executor, id: string) {
  const [meeting] = await tx.select().from(tripMeetings).where(eq(tripMeetings.id, id));
  if (!meeting) throw notFound();
  return meeting;
}

/** Corrects a meeting (a planned one marked held, its interest, its next step). Its enterprise stays once it has a lead. */
export async function updateTripMeeting(ctx: AuthedContext, input: z.output<typeof UpdateTripMeetingInput>) {
  const { db, user, ip } = ctx;
  return db.transaction(async (tx) => {
    const before = await meetingById(tx, input.id);
    const trip = await recordableTripById(tx, user, before.tripId);
    checkDay(trip, input.fields.meetsOn);
    const changes = columnsOf(input.fields);
    if (before.leadId && changes.enterpriseKey !== before.enterpriseKey) throw badRequest("invalidInput");
    const updated = await updateWithVersion(tx, tripMeetings, before.id, input.version, changes);
    await writeAudit(tx, {
      actorId: user.id,
      action: "trip.update_meeting",
      entity: "trip_meeting",
      entityId: before.id,
      before,
      after: updated,
      ip,
    });
    return { id: updated.id, version: updated.version };
  });
}

/**
 * A held meeting's outcome becomes a lead for a zone task force or a department, with the trip as
 * its source (外出招商考察), through the leads' own duplicate check: where leads for the same
 * enterprise exist nothing is written and they are returned; the caller then joins one
 * (`joinLeadId`, the lead form's "report onto an existing lead"). A new lead is assigned to the unit
 * chosen. A promising meeting (high or medium interest) gives that unit a follow-up task due in
 * the response policy's `tripFollowUpDays` working days (five by default): it shows in the unit's to-do and, once late, in 督办.
 */
export async function tripMeetingToLead(ctx: AuthedContext, input: z.output<typeof TripMeetingLeadInput>) {
  const { db, user, ip } = ctx;
  const today = todayInShanghai(ctx.now());
  return db.transaction(async (tx) => {
    const meeting = await meetingById(tx, input.id);
    const trip = await recordableTripById(tx, user, meeting.tripId);
    if (meeting.leadId || !meeting.held) throw badRequest("invalidInput");
    const [unit] = await tx
      .select({ kind: orgUnits.kind, name: orgUnits.shortName })
      .from(orgUnits)
      .where(eq(orgUnits.id, input.assigneeUnitId));
    if (!unit || !["zone", "department"].includes(unit.kind)) throw badRequest("invalidInput");
    const inTx = withDb(ctx, tx);
    const { tripFollowUpDays } = await loadPolicy(tx);
    const dueOn = (await loadCalendar(tx)).addWorkingDays(today, tripFollowUpDays);
    const notes = [
      `${trip.title}（${trip.startsOn}）洽谈`,
      meeting.people && `接洽：${meeting.people}`,
      meeting.nextStep && `下一步：${meeting.nextStep}`,
    ]
      .filter(Boolean)
      .join("\n");
    const created = await createLead(inTx, {
      enterpriseName: meeting.enterpriseName,
      source: "leader_trip",
      chainId: trip.chainIds.length === 1 ? trip.chainIds[0] : null,
      notes,
      reportedOn: meeting.meetsOn,
      acknowledgeDuplicates: false,
      mergeIntoId: input.joinLeadId ?? null,
    });
    if (created.status === "duplicates") return { status: "duplicates" as const, duplicates: created.duplicates };
    const [lead] = await tx
      .select({ id: leads.id, status: leads.status, version: leads.version, assigneeUnitId: leads.assigneeUnitId })
      .from(leads)
      .where(eq(leads.id, created.id));
    let assigneeUnitId = lead!.assigneeUnitId ?? input.assigneeUnitId;
    if (lead!.status === "new") {
      await assignLead(inTx, { id: lead!.id, version: lead!.version, assigneeUnitId: input.assigneeUnitId, dueOn });
      assigneeUnitId = input.assigneeUnitId;
    }
    const task = PROMISING_INTERESTS.includes(meeting.interest)
      ? await insertTask(inTx, {
          title: `外出招商跟进：${meeting.enterpriseName}`,
          detail: notes,
          subject: "lead",
          leadId: lead!.id,
          assigneeUnitId,
          priority: "normal",
          dueOn,
        })
      : null;
    const updated = await updateWithVersion(tx, tripMeetings, meeting.id, input.version, {
      leadId: lead!.id,
      taskId: task?.id ?? null,
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "trip.meeting_lead",
      entity: "trip_meeting",
      entityId: meeting.id,
      before: { leadId: null },
      after: { leadId: lead!.id, joined: created.status === "merged", taskId: task?.id ?? null, assigneeUnitId },
      ip,
    });
    return {
      status: created.status === "merged" ? ("joined" as const) : ("created" as const),
      leadId: lead!.id,
      taskId: task?.id ?? null,
      dueOn: task ? dueOn : null,
      version: updated.version,
    };
  });
}
