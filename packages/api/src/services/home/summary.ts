import type { SessionUser } from "@crm/auth";
import { and, asc, count, desc, eq, inArray, schema, sql, type Executor } from "@crm/db";
import { LANDED_STAGES, todayInShanghai, APPROVAL_DONE, APPROVAL_STATUSES } from "@crm/domain";

import { projectIdentityColumns } from "../../scope/names";
import type { AuthedContext } from "../../context";
import { projectScope } from "../../scope/projects";
import { decidesApprovals, isDistrictWide } from "../../scope/roles";
import { signedTotals } from "../cockpit/headline";

const { projects, orgUnits, stageEvents, approvals, enterprises } = schema;

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

/** A department's approval items that are not yet decided. */
async function openApprovals(db: Executor, user: SessionUser) {
  if (!decidesApprovals(user) || !user.unitId) return null;
  const rows = await db
    .select({
      id: approvals.id,
      item: approvals.item,
      status: approvals.status,
      submittedOn: approvals.submittedOn,
      blocker: approvals.blocker,
      projectId: projects.id,
      ...projectIdentityColumns(user),
    })
    .from(approvals)
    .innerJoin(projects, eq(projects.id, approvals.projectId))
    .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
    .where(
      and(
        eq(approvals.departmentId, user.unitId),
        inArray(
          approvals.status,
          APPROVAL_STATUSES.filter((s) => !APPROVAL_DONE.includes(s)),
        ),
      ),
    )
    .orderBy(asc(approvals.submittedOn));
  return rows;
}

/** What each role's home page shows: its projects by zone and stage, this year's signings, recent moves. */
export async function homeSummary(ctx: AuthedContext) {
  const { db, user } = ctx;
  const today = todayInShanghai(ctx.now());
  const year = Number(today.slice(0, 4));
  const [zones, matrix, totals, signed, recent, pending] = await Promise.all([
    db
      .select({ id: orgUnits.id, name: orgUnits.shortName })
      .from(orgUnits)
      .where(eq(orgUnits.kind, "zone"))
      .orderBy(asc(orgUnits.sort)),
    stageMatrix(db, user),
    zoneTotals(db),
    signedTotals(db, user, year),
    recentMoves(db, user),
    openApprovals(db, user),
  ]);
  return {
    year,
    districtWide: isDistrictWide(user),
    zones: zones.map((z) => ({ ...z, total: totals.get(z.id)?.total ?? 0, landed: totals.get(z.id)?.landed ?? 0 })),
    matrix,
    signed,
    recent,
    approvals: pending,
  };
}
