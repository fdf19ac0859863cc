import { and, eq, inArray, schema, writeAudit, type Executor } from "@crm/db";
import {
  can,
  enterpriseNameKey,
  todayInShanghai,
  type AddTripTargetInput,
  type CreateTripInput,
  type RemoveTripTargetInput,
  type TripDebriefInput,
  type UpdateTripInput,
} from "@crm/domain";
import type { z } from "zod";

import type { AuthedContext } from "../../context";
import { badRequest, forbidden, notFound } from "../../errors";
import { mayPlanTrips, plannableTripById } from "../../scope/trips";
import { updateWithVersion } from "../versioned-update";

const { trips, tripMembers, tripTargets, users, chains, prospects } = schema;

type Fields = z.output<typeof CreateTripInput>;

/** Members are staff accounts that may record on a trip; chains exist. */
async function checkFields(tx: Executor, fields: Fields) {
  const memberIds = [...new Set(fields.memberIds)];
  const people = await tx
    .select({ id: users.id, role: users.role, disabled: users.disabled })
    .from(users)
    .where(inArray(users.id, memberIds));
  if (people.length !== memberIds.length || people.some((p) => p.disabled || !can(p.role, "trip.record")))
    throw badRequest("invalidInput");
  const chainIds = [...new Set(fields.chainIds)];
  if (chainIds.length) {
    const found = await tx.select({ id: chains.id }).from(chains).where(inArray(chains.id, chainIds));
    if (found.length !== chainIds.length) throw badRequest("invalidInput");
  }
  return { memberIds, chainIds };
}

function columnsOf(fields: Fields, chainIds: string[]) {
  return {
    title: fields.title,
    destinations: fields.destinations,
    startsOn: fields.startsOn,
    endsOn: fields.endsOn,
    purpose: fields.purpose,
    chainIds,
    goalMeetings: fields.goalMeetings,
    goalLeads: fields.goalLeads,
    goalSignings: fields.goalSignings,
    costWan: fields.costWan,
  };
}

/** The bureau plans a trip: where, when, who goes, why, the goals set before leaving. */
export async function createTrip(ctx: AuthedContext, input: Fields) {
  const { db, user, ip } = ctx;
  if (!mayPlanTrips(user) || !user.unitId) throw forbidden();
  const ownerUnitId = user.unitId;
  return db.transaction(async (tx) => {
    const { memberIds, chainIds } = await checkFields(tx, input);
    const [row] = await tx
      .insert(trips)
      .values({ ...columnsOf(input, chainIds), ownerUnitId, createdById: user.id })
      .returning();
    await tx.insert(tripMembers).values(memberIds.map((userId) => ({ tripId: row!.id, userId })));
    await writeAudit(tx, {
      actorId: user.id,
      action: "trip.create",
      entity: "trip",
      entityId: row!.id,
      after: { ...row, memberIds },
      ip,
    });
    return { id: row!.id, version: row!.version };
  });
}

/** Edits the plan and the delegation. */
export async function updateTrip(ctx: AuthedContext, input: z.output<typeof UpdateTripInput>) {
  const { db, user, ip } = ctx;
  return db.transaction(async (tx) => {
    const before = await plannableTripById(tx, user, input.id);
    const { memberIds, chainIds } = await checkFields(tx, input.fields);
    const updated = await updateWithVersion(tx, trips, before.id, input.version, columnsOf(input.fields, chainIds));
    const old = await tx
      .select({ userId: tripMembers.userId })
      .from(tripMembers)
      .where(eq(tripMembers.tripId, before.id));
    await tx.delete(tripMembers).where(eq(tripMembers.tripId, before.id));
    await tx.insert(tripMembers).values(memberIds.map((userId) => ({ tripId: before.id, userId })));
    await writeAudit(tx, {
      actorId: user.id,
      action: "trip.update",
      entity: "trip",
      entityId: before.id,
      before: { ...before, memberIds: old.map((m) => m.userId) },
      after: { ...updated, memberIds },
      ip,
    });
    return { id: updated.id, version: updated.version };
  });
}

/** Puts an enterprise on the trip's list: from 目标企业库, or by name. */
export async function addTripTarget(ctx: AuthedContext, input: z.output<typeof AddTripTargetInput>) {
  const { db, user, ip } = ctx;
  return db.transaction(async (tx) => {
    const trip = await plannableTripById(tx, user, input.tripId);
    let name = input.enterpriseName;
    if (input.prospectId) {
      const [prospect] = await tx
        .select({ name: prospects.name })
        .from(prospects)
        .where(eq(prospects.id, input.prospectId));
      if (!prospect) throw notFound();
      name = prospect.name;
    }
    if (!name) throw badRequest("invalidInput");
    const [row] = await tx
      .insert(tripTargets)
      .values({
        tripId: trip.id,
        prospectId: input.prospectId ?? null,
        enterpriseName: name,
        enterpriseKey: enterpriseNameKey(name),
      })
      .returning();
    await writeAudit(tx, {
      actorId: user.id,
      action: "trip.add_target",
      entity: "trip",
      entityId: trip.id,
      after: row,
      ip,
    });
    return { id: row!.id };
  });
}

/** Takes an enterprise off the trip's list. */
export async function removeTripTarget(ctx: AuthedContext, input: z.output<typeof RemoveTripTargetInput>) {
  const { db, user, ip } = ctx;
  return db.transaction(async (tx) => {
    const trip = await plannableTripById(tx, user, input.tripId);
    const [row] = await tx
      .delete(tripTargets)
      .where(and(eq(tripTargets.id, input.targetId), eq(tripTargets.tripId, trip.id)))
      .returning();
    if (!row) throw notFound();
    await writeAudit(tx, {
      actorId: user.id,
      action: "trip.remove_target",
      entity: "trip",
      entityId: trip.id,
      before: row,
      ip,
    });
    return { id: row.id };
  });
}

/** Afterwards: the debrief (and the cost, when kept); the trip is done. */
export async function debriefTrip(ctx: AuthedContext, input: z.output<typeof TripDebriefInput>) {
  const { db, user, ip } = ctx;
  return db.transaction(async (tx) => {
    const before = await plannableTripById(tx, user, input.id);
    const today = todayInShanghai(ctx.now());
    if (today < before.startsOn) throw badRequest("invalidInput");
    const updated = await updateWithVersion(tx, trips, before.id, input.version, {
      debrief: input.debrief,
      debriefedOn: today,
      costWan: input.costWan ?? before.costWan,
      status: "done",
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "trip.debrief",
      entity: "trip",
      entityId: before.id,
      before: { debrief: before.debrief, costWan: before.costWan, status: before.status },
      after: { debrief: updated.debrief, costWan: updated.costWan, status: updated.status },
      ip,
    });
    return { id: updated.id, version: updated.version };
  });
}
