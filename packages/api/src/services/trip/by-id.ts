import { asc, eq, inArray, schema, sql } from "@crm/db";
import { todayInShanghai, tripPhase } from "@crm/domain";

import type { AuthedContext } from "../../context";
import { tripMeetingHiddenAs, tripTargetHiddenAs } from "../../scope/names";
import { mayPlanTrips, scopedTripById } from "../../scope/trips";

const { tripMembers, tripTargets, tripMeetings, users, orgUnits, chains, leads } = schema;

/**
 * One trip: its plan, delegation, targets and meetings (a confidential project's enterprise by its
 * code name where the caller is shown it), and what the caller may do.
 */
export async function tripById(ctx: AuthedContext, input: { id: string }) {
  const { db, user } = ctx;
  const { trip, mayRecord } = await scopedTripById(db, user, input.id);
  const today = todayInShanghai(ctx.now());
  const members = await db
    .select({ id: users.id, name: users.displayName, title: users.title, unitName: orgUnits.shortName })
    .from(tripMembers)
    .innerJoin(users, eq(users.id, tripMembers.userId))
    .leftJoin(orgUnits, eq(orgUnits.id, users.unitId))
    .where(eq(tripMembers.tripId, trip.id))
    .orderBy(asc(users.displayName));
  const targetHidden = tripTargetHiddenAs(user);
  const targets = await db
    .select({
      id: tripTargets.id,
      prospectId: tripTargets.prospectId,
      name: sql<string>`coalesce(${targetHidden}, ${tripTargets.enterpriseName})`,
      nameHidden: sql<boolean>`${targetHidden} is not null`,
    })
    .from(tripTargets)
    .where(eq(tripTargets.tripId, trip.id))
    .orderBy(asc(tripTargets.createdAt), asc(tripTargets.id));
  const meetingHidden = tripMeetingHiddenAs(user);
  const meetings = await db
    .select({
      id: tripMeetings.id,
      meetsOn: tripMeetings.meetsOn,
      held: tripMeetings.held,
      enterpriseName: sql<string>`coalesce(${meetingHidden}, ${tripMeetings.enterpriseName})`,
      nameHidden: sql<boolean>`${meetingHidden} is not null`,
      people: sql<string | null>`case when ${meetingHidden} is null then ${tripMeetings.people} end`,
      interest: tripMeetings.interest,
      nextStep: sql<string | null>`case when ${meetingHidden} is null then ${tripMeetings.nextStep} end`,
      leadId: tripMeetings.leadId,
      leadUnitName: sql<
        string | null
      >`(select ${orgUnits.shortName} from ${leads} join ${orgUnits} on ${orgUnits.id} = ${leads.assigneeUnitId} where ${leads.id} = ${tripMeetings.leadId})`,
      taskId: tripMeetings.taskId,
      recordedByName: users.displayName,
      version: tripMeetings.version,
    })
    .from(tripMeetings)
    .innerJoin(users, eq(users.id, tripMeetings.recordedById))
    .where(eq(tripMeetings.tripId, trip.id))
    .orderBy(asc(tripMeetings.meetsOn), asc(tripMeetings.createdAt), asc(tripMeetings.id));
  const chainRows = trip.chainIds.length
    ? await db.select({ id: chains.id, name: chains.name }).from(chains).where(inArray(chains.id, trip.chainIds))
    : [];
  const planner = mayPlanTrips(user);
  // Free text the bureau wrote may name an enterprise the caller is shown by its code name: while
  // any of the trip's meetings or targets is hidden, the purpose and the debrief are withheld.
  const withheld = meetings.some((m) => m.nameHidden) || targets.some((t) => t.nameHidden);
  return {
    id: trip.id,
    title: trip.title,
    destinations: trip.destinations,
    startsOn: trip.startsOn,
    endsOn: trip.endsOn,
    purpose: withheld ? null : trip.purpose,
    chains: chainRows,
    goals: { meetings: trip.goalMeetings, leads: trip.goalLeads, signings: trip.goalSignings },
    debrief: withheld ? null : trip.debrief,
    textWithheld: withheld,
    debriefedOn: trip.debriefedOn,
    costWan: planner ? trip.costWan : null,
    status: trip.status,
    phase: tripPhase(trip, today),
    version: trip.version,
    members,
    targets,
    meetings,
    can: { plan: planner, record: mayRecord },
  };
}
