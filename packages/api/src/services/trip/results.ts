import { and, desc, schema, sql } from "@crm/db";
import { fromCents, LANDED_STAGES, PIPELINE_STAGES, toCents, type Stage } from "@crm/domain";
import type { SQL } from "drizzle-orm";

import type { AuthedContext } from "../../context";
import { scopedTripById, tripScope } from "../../scope/trips";

const { trips } = schema;

const from = (stage: Stage) => PIPELINE_STAGES.slice(PIPELINE_STAGES.indexOf(stage as never));
const list = (stages: readonly Stage[]) => sql.raw(stages.map((s) => `'${s}'`).join(", "));
const NEGOTIATING = list(from("negotiating"));
const SIGNED = list(from("signed"));
const LANDED = list(LANDED_STAGES);

/**
 * The funnel counted back to the source, from the meeting → lead → project links: meetings held →
 * leads (a lead joined by two meetings counts once) → of their projects those that reached 在谈,
 * 签约 and 落地 (from the stage history, so a project that went on and then paused still counts),
 * with the signed amount. `meetings` is SQL on the `trip_meeting` row "tm" choosing the trips.
 */
function funnel(meetings: (tm: SQL) => SQL) {
  const tm = sql.raw(`"tm"`);
  const projects = sql`(select distinct tl.project_id from trip_meeting as ${tm} join lead as tl on tl.id = ${tm}.lead_id where ${meetings(tm)} and tl.project_id is not null)`;
  const reached = (stages: SQL) =>
    sql`exists (select 1 from stage_event as te where te.project_id = tp.id and te.to_stage in (${stages}))`;
  return {
    meetings: sql<number>`(select count(*)::int from trip_meeting as ${tm} where ${meetings(tm)} and ${tm}.held)`,
    leads: sql<number>`(select count(distinct ${tm}.lead_id)::int from trip_meeting as ${tm} where ${meetings(tm)})`,
    negotiating: sql<number>`(select count(*)::int from project as tp where tp.id in ${projects} and ${reached(NEGOTIATING)})`,
    signed: sql<number>`(select count(*)::int from project as tp where tp.id in ${projects} and (tp.signed_on is not null or ${reached(SIGNED)}))`,
    landed: sql<number>`(select count(*)::int from project as tp where tp.id in ${projects} and ${reached(LANDED)})`,
    signedAmount: sql<string>`(select coalesce(sum(tp.signed_amount), 0)::numeric(14,2)::text from project as tp where tp.id in ${projects} and (tp.signed_on is not null or ${reached(SIGNED)}))`,
  };
}

/** 万元 per signed project, two decimals, or null when the cost is not kept or nothing was signed. */
export function costPerSigned(costWan: string | null, signed: number): string | null {
  if (!costWan || signed === 0) return null;
  return fromCents(toCents(costWan) / BigInt(signed));
}

/** One trip's results against the goals set before leaving. */
export async function tripResults(ctx: AuthedContext, input: { id: string }) {
  const { db, user } = ctx;
  const { trip } = await scopedTripById(db, user, input.id);
  const [row] = await db
    .select(funnel((tm) => sql`${tm}.trip_id = ${trips.id}`))
    .from(trips)
    .where(sql`${trips.id} = ${trip.id}`);
  return {
    goals: { meetings: trip.goalMeetings, leads: trip.goalLeads, signings: trip.goalSignings },
    ...row!,
    costWan: trip.costWan,
    costPerSigned: costPerSigned(trip.costWan, row!.signed),
  };
}

/** A year's trips (by their first day) and their totals, within the caller's scope. */
export async function tripYearResults(ctx: AuthedContext, input: { year: number }) {
  const { db, user } = ctx;
  const inYear = sql`extract(year from ${trips.startsOn}) = ${input.year}`;
  const rows = await db
    .select({
      id: trips.id,
      title: trips.title,
      startsOn: trips.startsOn,
      costWan: trips.costWan,
      ...funnel((tm) => sql`${tm}.trip_id = ${trips.id}`),
    })
    .from(trips)
    .where(and(inYear, tripScope(user)))
    .orderBy(desc(trips.startsOn), trips.id);
  const scope = tripScope(user);
  const [total] = await db
    .select(
      funnel(
        (tm) =>
          sql`${tm}.trip_id in (select ${trips.id} from ${trips} where ${inYear}${scope ? sql` and ${scope}` : sql``})`,
      ),
    )
    .from(sql`(select 1) as one`);
  const kept = rows.filter((r) => r.costWan !== null);
  const costWan = kept.length ? fromCents(kept.reduce((sum, r) => sum + toCents(r.costWan!), 0n)) : null;
  const signedWhereKept = kept.reduce((sum, r) => sum + r.signed, 0);
  return {
    year: input.year,
    trips: rows.map((r) => ({ ...r, costPerSigned: costPerSigned(r.costWan, r.signed) })),
    total: { ...total!, trips: rows.length, costWan, costPerSigned: costPerSigned(costWan, signedWhereKept) },
  };
}
