import type { SessionUser } from "@crm/auth";
import { and, count, eq, gte, lte, schema, sql, type Executor } from "@crm/db";
import { STAGES, type Stage } from "@crm/domain";
import { exists } from "drizzle-orm";

import { projectScope } from "../../scope/projects";

const { projects, stageEvents, enterprises } = schema;

const yearBounds = (year: number) => [`${year}-01-01`, `${year}-12-31`] as const;

/** Projects that reached 签约 within the year (from the stage history), their signed total in 万元, and how many are 500强. */
export async function signedInYear(db: Executor, user: SessionUser, year: number) {
  const [from, to] = yearBounds(year);
  const signed = db
    .selectDistinct({ projectId: stageEvents.projectId })
    .from(stageEvents)
    .where(and(eq(stageEvents.toStage, "signed"), gte(stageEvents.occurredOn, from), lte(stageEvents.occurredOn, to)))
    .as("signed");
  const [row] = await db
    .select({
      count: count(),
      amountWan: sql<string>`coalesce(sum(${projects.signedAmount}), 0)::numeric(16,2)::text`,
      fortune500: sql<number>`(count(*) filter (where ${projects.tags} @> array['fortune500']))::int`,
    })
    .from(projects)
    .innerJoin(signed, eq(signed.projectId, projects.id))
    .where(projectScope(user));
  return { count: row?.count ?? 0, amountWan: row?.amountWan ?? "0.00", fortune500: row?.fortune500 ?? 0 };
}

/** How many projects stood in each stage at the end of `date` (YYYY-MM-DD), from the stage history. */
export async function stageCountsAsOf(db: Executor, user: SessionUser, date: string): Promise<Record<Stage, number>> {
  const latest = db
    .selectDistinctOn([stageEvents.projectId], { projectId: stageEvents.projectId, stage: stageEvents.toStage })
    .from(stageEvents)
    .where(lte(stageEvents.occurredOn, date))
    .orderBy(stageEvents.projectId, sql`${stageEvents.occurredOn} desc`, sql`${stageEvents.seq} desc`)
    .as("latest");
  const rows = await db
    .select({ stage: latest.stage, n: count() })
    .from(latest)
    .innerJoin(projects, eq(projects.id, latest.projectId))
    .where(projectScope(user))
    .groupBy(latest.stage);
  const counts = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  for (const r of rows) counts[r.stage] = r.n;
  return counts;
}

/** Enterprises that became 四上 within the year (for scoped callers: those with a project in scope). */
export async function newAboveScaleInYear(db: Executor, user: SessionUser, year: number): Promise<number> {
  const [from, to] = yearBounds(year);
  const scope = projectScope(user);
  const inScope = scope
    ? exists(db.select({ one: sql`1` }).from(projects).where(and(eq(projects.enterpriseId, enterprises.id), scope)))
    : undefined;
  const [row] = await db
    .select({ n: count() })
    .from(enterprises)
    .where(and(gte(enterprises.aboveScaleSince, from), lte(enterprises.aboveScaleSince, to), inScope));
  return row?.n ?? 0;
}
