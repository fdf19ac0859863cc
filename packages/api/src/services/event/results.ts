import { and, eq, inArray, schema, sql } from "@crm/db";
import { fromCents, LANDED_STAGES, stageRank, toCents, type PromoEventResultsInput, type Stage } from "@crm/domain";
import type { z } from "zod";

import type { AuthedContext } from "../../context";
import { attendeeScope, eventScope, signingScope } from "../../scope/events";

const { promoEvents, promoEventAttendees, promoEventSignings, leads, projects, fundPostings } = schema;

/**
 * The results of events, counted back to them (活动招商成效), per event and for the year.
 *
 * The funnel from the attendees: 参会 (checked in) → 线索 (a lead raised from an attendee) →
 * 在谈 / 签约 / 落地 (that lead's project reached negotiating / signed / a LANDED_STAGE or later,
 * by its stage now; paused and lost count in none).
 *
 * The signings, counted ones only (a repeat signing of a project counted at an earlier event is
 * left out of every figure below and shown apart as `repeats`):
 * - 签约额 = the sum of the counted signings' signed amounts;
 * - 履约率 = counted signings whose project is neither paused nor lost ÷ counted signings;
 * - 开工率 = counted signings whose project is under_construction or later ÷ counted signings;
 * - 落地率 = counted signings whose project is in a LANDED_STAGE (registered or later) ÷ counted signings;
 * - 资金到位率 = funds posted (fund_posting) for those projects from the event's month on ÷ 签约额;
 * - 单个签约项目成本 = the event's cost ÷ counted signings, where the cost is kept.
 * A rate is given as its numerator and denominator (null denominator: nothing to divide by).
 */
export type Funnel = {
  invitees: number;
  attendees: number;
  leads: number;
  negotiating: number;
  signed: number;
  landed: number;
  signings: number;
  repeats: number;
  signedWan: string;
  performing: number;
  started: number;
  landedSignings: number;
  fundsWan: string;
  costWan: string | null;
};

const STARTED_RANK = stageRank("under_construction");
const reached = (stage: Stage | null, from: Stage) => stage !== null && stageRank(stage) >= stageRank(from);

function empty(): Funnel {
  return {
    invitees: 0,
    attendees: 0,
    leads: 0,
    negotiating: 0,
    signed: 0,
    landed: 0,
    signings: 0,
    repeats: 0,
    signedWan: "0.00",
    performing: 0,
    started: 0,
    landedSignings: 0,
    fundsWan: "0.00",
    costWan: null,
  };
}

const addWan = (a: string, b: string) => fromCents(toCents(a) + toCents(b));

/** Cost per counted signed project, two decimals (rounded half up), or null. */
export function costPerSigning(f: Pick<Funnel, "costWan" | "signings">): string | null {
  if (f.costWan === null || f.signings === 0) return null;
  const n = BigInt(f.signings);
  return fromCents((toCents(f.costWan) * 2n + n) / (2n * n));
}

export async function eventResults(ctx: AuthedContext, input: z.output<typeof PromoEventResultsInput>) {
  const { db, user } = ctx;
  const events = await db
    .select({
      id: promoEvents.id,
      title: promoEvents.title,
      kind: promoEvents.kind,
      heldOn: promoEvents.heldOn,
      costWan: promoEvents.costWan,
    })
    .from(promoEvents)
    .where(and(eventScope(user), sql`extract(year from ${promoEvents.heldOn})::int = ${input.year}`))
    .orderBy(promoEvents.heldOn, promoEvents.id);
  const ids = events.map((e) => e.id);
  const [attendees, signings] = ids.length
    ? await Promise.all([
        db
          .select({
            eventId: promoEventAttendees.eventId,
            checkedIn: sql<boolean>`(${promoEventAttendees.checkedInAt} is not null)`,
            leadId: promoEventAttendees.leadId,
            stage: projects.stage,
          })
          .from(promoEventAttendees)
          .leftJoin(leads, eq(leads.id, promoEventAttendees.leadId))
          .leftJoin(projects, eq(projects.id, leads.projectId))
          .where(and(inArray(promoEventAttendees.eventId, ids), attendeeScope(user))),
        db
          .select({
            eventId: promoEventSignings.eventId,
            counted: promoEventSignings.counted,
            amount: promoEventSignings.signedAmountWan,
            stage: projects.stage,
            funds: sql<string>`(select coalesce(sum(${fundPostings.amount}), 0)::numeric(14,2)::text from ${fundPostings} where ${fundPostings.projectId} = ${projects.id} and ${fundPostings.month} >= date_trunc('month', ${promoEvents.heldOn})::date)`,
          })
          .from(promoEventSignings)
          .innerJoin(projects, eq(projects.id, promoEventSignings.projectId))
          .innerJoin(promoEvents, eq(promoEvents.id, promoEventSignings.eventId))
          .where(and(inArray(promoEventSignings.eventId, ids), signingScope(user))),
      ])
    : [[], []];
  const byEvent = new Map(events.map((e) => [e.id, { ...empty(), costWan: e.costWan }]));
  for (const a of attendees) {
    const f = byEvent.get(a.eventId)!;
    f.invitees++;
    if (a.checkedIn) f.attendees++;
    if (!a.leadId) continue;
    f.leads++;
    if (reached(a.stage, "negotiating")) f.negotiating++;
    if (reached(a.stage, "signed")) f.signed++;
    if (a.stage && LANDED_STAGES.includes(a.stage)) f.landed++;
  }
  for (const s of signings) {
    const f = byEvent.get(s.eventId)!;
    if (!s.counted) {
      f.repeats++;
      continue;
    }
    f.signings++;
    f.signedWan = addWan(f.signedWan, s.amount);
    if (s.stage !== "paused" && s.stage !== "lost") f.performing++;
    if (stageRank(s.stage) >= STARTED_RANK) f.started++;
    if (LANDED_STAGES.includes(s.stage)) f.landedSignings++;
    f.fundsWan = addWan(f.fundsWan, s.funds);
  }
  const year = empty();
  const rows = events.map((e) => {
    const f = byEvent.get(e.id)!;
    for (const key of Object.keys(year) as (keyof Funnel)[]) {
      if (key === "costWan") {
        if (f.costWan !== null) year.costWan = addWan(year.costWan ?? "0.00", f.costWan);
      } else if (key === "signedWan" || key === "fundsWan") year[key] = addWan(year[key], f[key]);
      else year[key] += f[key];
    }
    return { ...e, ...f, costPerSigning: costPerSigning(f) };
  });
  return { year: input.year, events: rows, total: { ...year, costPerSigning: costPerSigning(year) } };
}
