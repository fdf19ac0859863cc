import { and, asc, count, desc, eq, gte, inArray, lte, schema, sql, writeAudit, type Executor } from "@crm/db";
import {
  BULLETIN_METRICS,
  DISPATCH_STAGES,
  PIPELINE_STAGES,
  rankUnits,
  toCents,
  todayInShanghai,
  TASK_OWED,
  EMPTY_FUNNEL,
  type BulletinMetric,
  type GapFunnel,
  type RankedUnit,
  type ScoringRule,
} from "@crm/domain";

import type { AuthedContext } from "../context";
import { badRequest } from "../errors";
import { loadCalendar } from "./calendar";
import { chainGapTotals } from "./chain/gaps";
import { overdueLead } from "./lead/overdue";
import { staleCountsByUnit } from "./opportunity/stale";
import { loadPolicy, loadScoringRule } from "./settings/policies";

const {
  orgUnits,
  leads,
  leadReporters,
  stageEvents,
  projects,
  approvals,
  tasks,
  taskReplies,
  monthlyUpdates,
  bulletins,
} = schema;

export interface BulletinContent {
  month: string;
  asOf: string;
  rule: ScoringRule;
  zones: RankedUnit[];
  others: RankedUnit[];
  /**
   * 一单一图谱's gap loop per chain when the bulletin was made: targets → leads → 在谈 → 签约 → 落地
   * (district-wide counts, no names). Absent in bulletins issued before it was counted.
   */
  chains?: ({ code: string; name: string } & GapFunnel)[];
}

const monthEnd = (month: string) => {
  const [y, m] = month.split("-").map(Number);
  return new Date(Date.UTC(y!, m!, 0)).toISOString().slice(0, 10);
};

/** Counts grouped by unit as a Map. */
const byUnit = (rows: { unitId: string; n: number | string }[]) => new Map(rows.map((r) => [r.unitId, Number(r.n)]));

/**
 * The month's figures per unit (DOMAIN §3): new leads, projects moved forward, signings and their
 * amount, landings, approvals done within their time limit, overdue tasks, leads past their
 * deadline and projects not dispatched, tasks accepted as done, scored by the bureau's rule and ranked; the zones form the 龙虎榜.
 */
export async function computeBulletin(db: Executor, month: string, now: Date): Promise<BulletinContent> {
  const from = `${month}-01`;
  const to = monthEnd(month);
  const today = todayInShanghai(now);
  const asOf = to < today ? to : today;
  const [rule, policy] = await Promise.all([loadScoringRule(db), loadPolicy(db)]);
  const inMonth = and(gte(stageEvents.occurredOn, from), lte(stageEvents.occurredOn, to));
  const rank = (col: typeof stageEvents.toStage | typeof stageEvents.fromStage) =>
    sql`array_position(${sql.raw(`array[${PIPELINE_STAGES.map((s) => `'${s}'`).join(",")}]::stage[]`)}, ${col})`;

  const [
    units,
    newLeads,
    moved,
    signed,
    landed,
    approvalRows,
    tasksDone,
    overdue,
    lateLeads,
    notDispatched,
    stale,
    calendar,
  ] = await Promise.all([
    db
      .select({ id: orgUnits.id, name: orgUnits.shortName, kind: orgUnits.kind })
      .from(orgUnits)
      .where(inArray(orgUnits.kind, ["zone", "department", "town"]))
      .orderBy(asc(orgUnits.sort)),
    db
      .select({ unitId: leadReporters.unitId, n: count() })
      .from(leadReporters)
      .where(and(gte(leadReporters.reportedOn, from), lte(leadReporters.reportedOn, to)))
      .groupBy(leadReporters.unitId),
    db
      .select({ unitId: projects.responsibleUnitId, n: sql<number>`count(distinct ${projects.id})` })
      .from(stageEvents)
      .innerJoin(projects, eq(projects.id, stageEvents.projectId))
      .where(and(inMonth, sql`${rank(stageEvents.toStage)} > coalesce(${rank(stageEvents.fromStage)}, 0)`))
      .groupBy(projects.responsibleUnitId),
    db
      .select({
        unitId: projects.responsibleUnitId,
        n: sql<number>`count(distinct ${projects.id})`,
        amount: sql<string>`coalesce(sum(${projects.signedAmount}), 0)::numeric(16,2)::text`,
      })
      .from(stageEvents)
      .innerJoin(projects, eq(projects.id, stageEvents.projectId))
      .where(and(inMonth, eq(stageEvents.toStage, "signed")))
      .groupBy(projects.responsibleUnitId),
    db
      .select({ unitId: projects.responsibleUnitId, n: sql<number>`count(distinct ${projects.id})` })
      .from(stageEvents)
      .innerJoin(projects, eq(projects.id, stageEvents.projectId))
      .where(and(inMonth, eq(stageEvents.toStage, "registered")))
      .groupBy(projects.responsibleUnitId),
    db
      .select()
      .from(approvals)
      .where(and(eq(approvals.status, "approved"), gte(approvals.decidedOn, from), lte(approvals.decidedOn, to))),
    db
      .select({ unitId: tasks.assigneeUnitId, n: sql<number>`count(distinct ${tasks.id})` })
      .from(taskReplies)
      .innerJoin(tasks, eq(tasks.id, taskReplies.taskId))
      .where(
        and(
          eq(taskReplies.kind, "accept"),
          sql`(${taskReplies.createdAt} at time zone 'Asia/Shanghai')::date between ${from}::date and ${to}::date`,
        ),
      )
      .groupBy(tasks.assigneeUnitId),
    db
      .select({ unitId: tasks.assigneeUnitId, n: count() })
      .from(tasks)
      .where(and(inArray(tasks.status, [...TASK_OWED]), sql`${tasks.dueOn} < ${asOf}::date`))
      .groupBy(tasks.assigneeUnitId),
    db
      .select({ unitId: sql<string>`${leads.assigneeUnitId}`, n: count() })
      .from(leads)
      .where(overdueLead(asOf))
      .groupBy(leads.assigneeUnitId),
    db
      .select({ unitId: projects.responsibleUnitId, n: count() })
      .from(projects)
      .leftJoin(monthlyUpdates, and(eq(monthlyUpdates.projectId, projects.id), eq(monthlyUpdates.month, from)))
      .where(and(inArray(projects.stage, [...DISPATCH_STAGES]), sql`${monthlyUpdates.id} is null`))
      .groupBy(projects.responsibleUnitId),
    staleCountsByUnit(db, asOf, policy.freshnessDays),
    loadCalendar(db),
  ]);
  const [chainRows, gaps] = await Promise.all([
    db
      .select({ id: schema.chains.id, code: schema.chains.code, name: schema.chains.name })
      .from(schema.chains)
      .orderBy(asc(schema.chains.sort)),
    chainGapTotals(db),
  ]);
  const onTime = new Map<string, number>();
  for (const a of approvalRows) {
    const inTime =
      !a.timeLimitDays || !a.submittedOn || calendar.workingDaysBetween(a.submittedOn, a.decidedOn!) <= a.timeLimitDays;
    if (inTime) onTime.set(a.departmentId, (onTime.get(a.departmentId) ?? 0) + 1);
  }
  const maps: Record<Exclude<BulletinMetric, "signedAmountYi">, Map<string, number>> = {
    newLeads: byUnit(newLeads),
    movedForward: byUnit(moved),
    signedCount: byUnit(signed),
    landedCount: byUnit(landed),
    approvalsOnTime: onTime,
    tasksDone: byUnit(tasksDone),
    overdueTasks: byUnit(overdue),
    overdueLeads: byUnit(lateLeads),
    notDispatched: byUnit(notDispatched),
    staleOpportunities: stale,
  };
  const amounts = new Map(signed.map((s) => [s.unitId, Number(toCents(s.amount)) / 1_000_000])); // 万元 hundredths → 亿元
  const rows = units.map((u) => ({
    unitId: u.id,
    unitName: u.name,
    kind: u.kind,
    figures: Object.fromEntries(
      BULLETIN_METRICS.map((m) => [m, m === "signedAmountYi" ? (amounts.get(u.id) ?? 0) : (maps[m].get(u.id) ?? 0)]),
    ) as Record<BulletinMetric, number>,
  }));
  return {
    month,
    asOf,
    rule,
    zones: rankUnits(
      rows.filter((r) => r.kind === "zone"),
      rule,
    ),
    others: rankUnits(
      rows.filter((r) => r.kind !== "zone"),
      rule,
    ),
    chains: chainRows.map((c) => ({ code: c.code, name: c.name, ...(gaps.get(c.id) ?? EMPTY_FUNNEL) })),
  };
}

/** Issues the month's bulletin: the figures are stored as they are now and never change after. */
export async function issueBulletin(ctx: AuthedContext, input: { month: string }) {
  const { db, user, ip } = ctx;
  const { month } = input;
  const now = ctx.now();
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: bulletins.id })
      .from(bulletins)
      .where(eq(bulletins.month, `${month}-01`));
    if (existing) throw badRequest("bulletinIssued");
    const content = await computeBulletin(tx, month, now);
    const [row] = await tx
      .insert(bulletins)
      .values({ month: `${month}-01`, issuedById: user.id, content })
      .returning({ id: bulletins.id });
    await writeAudit(tx, {
      actorId: user.id,
      action: "bulletin.issue",
      entity: "bulletin",
      entityId: row!.id,
      after: { month },
      ip,
    });
    return { id: row!.id };
  });
}

/**
 * A bulletin issued before a figure was counted keeps its figures and ranking as issued: the new
 * figure scores nothing in it (its weight reads 0) and prints as a dash.
 */
function asIssued(content: BulletinContent): BulletinContent {
  const zero = Object.fromEntries(BULLETIN_METRICS.map((m) => [m, 0])) as ScoringRule;
  return { ...content, rule: { ...zero, ...content.rule } };
}

export async function issuedBulletin(db: Executor, month: string) {
  const [row] = await db
    .select()
    .from(bulletins)
    .where(eq(bulletins.month, `${month}-01`));
  return row ? { issuedAt: row.issuedAt, content: asIssued(row.content as BulletinContent) } : null;
}

export async function bulletinArchive(ctx: AuthedContext) {
  const { db } = ctx;
  return db
    .select({ id: bulletins.id, month: bulletins.month, issuedAt: bulletins.issuedAt })
    .from(bulletins)
    .orderBy(desc(bulletins.month));
}

/** The issued bulletin when there is one (frozen), else the month's figures as they stand. */
export async function monthBulletin(ctx: AuthedContext, input: { month: string }) {
  const issued = await issuedBulletin(ctx.db, input.month);
  return issued
    ? { issued: true as const, issuedAt: issued.issuedAt, content: issued.content }
    : { issued: false as const, issuedAt: null, content: await computeBulletin(ctx.db, input.month, ctx.now()) };
}
