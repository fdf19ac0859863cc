import { and, desc, schema, sql } from "@crm/db";
import { todayInShanghai, tripPhase, type TripListInput } from "@crm/domain";
import type { z } from "zod";

import type { AuthedContext } from "../../context";
import { mayPlanTrips, tripRecordable, tripScope } from "../../scope/trips";

const { trips, tripMeetings } = schema;

/** The trips the caller may see, newest first, each with its phase today and its meeting and lead counts. */
export async function listTrips(ctx: AuthedContext, input: z.output<typeof TripListInput>) {
  const { db, user } = ctx;
  const today = todayInShanghai(ctx.now());
  const where = and(
    tripScope(user),
    input.year ? sql`extract(year from ${trips.startsOn}) = ${input.year}` : undefined,
    input.q
      ? sql`(${trips.title} ilike ${`%${input.q}%`} or array_to_string(${trips.destinations}, ' ') ilike ${`%${input.q}%`})`
      : undefined,
    input.phase === "planned" ? sql`${trips.status} <> 'done' and ${trips.startsOn} > ${today}` : undefined,
    input.phase === "under_way"
      ? sql`${trips.status} <> 'done' and ${trips.startsOn} <= ${today} and ${trips.endsOn} >= ${today}`
      : undefined,
    input.phase === "done" ? sql`(${trips.status} = 'done' or ${trips.endsOn} < ${today})` : undefined,
  );
  const rows = await db
    .select({
      id: trips.id,
      title: trips.title,
      destinations: trips.destinations,
      startsOn: trips.startsOn,
      endsOn: trips.endsOn,
      status: trips.status,
      goalMeetings: trips.goalMeetings,
      meetings: sql<number>`(select count(*)::int from ${tripMeetings} where ${tripMeetings.tripId} = ${trips.id} and ${tripMeetings.held})`,
      leads: sql<number>`(select count(distinct ${tripMeetings.leadId})::int from ${tripMeetings} where ${tripMeetings.tripId} = ${trips.id})`,
      mayRecord: tripRecordable(user),
    })
    .from(trips)
    .where(where)
    .orderBy(desc(trips.startsOn), trips.id)
    .limit(200);
  return {
    mayPlan: mayPlanTrips(user),
    rows: rows.map((r) => ({ ...r, phase: tripPhase(r, today) })),
  };
}
