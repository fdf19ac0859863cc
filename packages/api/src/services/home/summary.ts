import type { SessionUser } from "@crm/auth";
import { and, asc, count, desc, eq, inArray, ne, schema, sql, type Executor } from "@crm/db";
import { isLeadOverdue, LANDED_STAGES, todayInShanghai } from "@crm/domain";

import { projectIdentityColumns } from "../../scope/names";
import type { AuthedContext } from "../../context";
import { projectScope } from "../../scope/projects";
import { leadScope } from "../../scope/leads";
import { leadHiddenAs } from "../../scope/names";
import { isDistrictWide, reportsLeadsOnly } from "../../scope/roles";
import { signedTotals } from "../cockpit/headline";

const { projects, orgUnits, stageEvents, enterprises, leads, leadReporters } = schema;

/** Projects in the caller's scope by zone and current stage. */
async function stageMatrix(db: Executor, user: SessionUser) {
  return db
    .select({ zoneId: projects.zoneId, stage: projects.stage, n: count() })
    .from(projects)
    .where(projectScope(user))
    .groupBy(projects.zoneId, projects.stage);
}

/** District totals per zone: aggregates that every staff member may see. */
async function zoneTotals(db: Executor) {
  const rows = await db
    .select({
      zoneId: projects.zoneId,
      total: count(),
      landed: sql<number>`(count(*) filter (where ${inArray(projects.stage, [...LANDED_STAGES])}))::int`,
    })
    .from(projects)
    .groupBy(projects.zoneId);
  return new Map(rows.map((r) => [r.zoneId, r]));
}

/** The latest stage moves among the caller's projects. */
async function recentMoves(db: Executor, user: SessionUser, limit = 8) {
  const rows = await db
    .select({
      id: stageEvents.id,
      projectId: projects.id,
      ...projectIdentityColumns(user),
      from: stageEvents.fromStage,
      to: stageEvents.toStage,
      on: stageEvents.occurredOn,
    })
    .from(stageEvents)
    .innerJoin(projects, eq(projects.id, stageEvents.projectId))
    .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
    .where(projectScope(user))
    .orderBy(desc(stageEvents.occurredOn), desc(stageEvents.seq))
    .limit(limit);
  return rows;
}

/** A town's leads and what became of them: to whom they went, by when, and the stage of the project they became. */
async function reportedLeads(db: Executor, user: SessionUser, today: string) {
  if (!reportsLeadsOnly(user) || !user.unitId) return null;
  const rows = await db
    .select({
      id: leads.id,
      name: sql<string>`coalesce(${leadHiddenAs(user)}, ${leads.enterpriseName})`,
      status: leads.status,
      reportedOn: leads.reportedOn,
      dueOn: leads.dueOn,
      assigneeUnit: orgUnits.shortName,
      stage: projects.stage,
    })
    .from(leads)
    .innerJoin(leadReporters, and(eq(leadReporters.leadId, leads.id), eq(leadReporters.unitId, user.unitId)))
    .leftJoin(orgUnits, eq(orgUnits.id, leads.assigneeUnitId))
    .leftJoin(projects, eq(projects.id, leads.projectId))
    .where(and(leadScope(user), ne(leads.status, "merged")))
    .orderBy(desc(leads.reportedOn), desc(leads.id))
    .limit(20);
  return rows.map((r) => ({ ...r, overdue: isLeadOverdue(r, today) }));
}

/** What each role's home page shows: its projects by zone and stage, this year's signings, recent moves. */
export async function homeSummary(ctx: AuthedContext) {
  const { db, user } = ctx;
  const today = todayInShanghai(ctx.now());
  const year = Number(today.slice(0, 4));
  const [zones, matrix, totals, signed, recent, reported] = await Promise.all([
    db
      .select({ id: orgUnits.id, name: orgUnits.shortName })
      .from(orgUnits)
      .where(eq(orgUnits.kind, "zone"))
      .orderBy(asc(orgUnits.sort)),
    stageMatrix(db, user),
    zoneTotals(db),
    signedTotals(db, user, year),
    recentMoves(db, user),
    reportedLeads(db, user, today),
  ]);
  return {
    year,
    districtWide: isDistrictWide(user),
    zones: zones.map((z) => ({ ...z, total: totals.get(z.id)?.total ?? 0, landed: totals.get(z.id)?.landed ?? 0 })),
    matrix,
    signed,
    recent,
    reportedLeads: reported,
  };
}
