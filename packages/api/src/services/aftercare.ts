import { asc, eq, inArray, isNotNull, schema, sql, writeAudit } from "@crm/db";
import {
  AFTERCARE_STAGES,
  nextVisitDue,
  todayInShanghai,
  type AftercareListInput,
  type AftercareUpdateInput,
} from "@crm/domain";
import type { z } from "zod";

import { projectIdentityColumns, projectNameOrder } from "../scope/names";
import type { AuthedContext } from "../context";
import { scoped, scopedProjectById } from "../scope/projects";
import { updateWithVersion } from "./versioned-update";

const { projects, followUps, orgUnits, enterprises } = schema;

/**
 * 稳商留商: projects in production or operation in the caller's scope, with the latest service visit
 * (a follow-up of kind visit), when the next is due, and the risk flag. Due visits and risks first.
 */
export async function aftercareList(ctx: AuthedContext, input: z.infer<typeof AftercareListInput>) {
  const { db, user } = ctx;
  const now = ctx.now();
  const today = todayInShanghai(now);
  const lastVisit = sql<
    string | null
  >`(select max(${followUps.occurredOn}) from ${followUps} where ${followUps.projectId} = ${projects.id} and ${followUps.kind} = 'visit')`;
  const rows = await db
    .select({
      id: projects.id,
      ...projectIdentityColumns(user),
      responsibleUnitId: projects.responsibleUnitId,
      unit: orgUnits.shortName,
      stage: projects.stage,
      since: sql<string | null>`coalesce(${projects.productionStartedOn}, ${projects.operatingSince})`,
      visitEveryMonths: projects.visitEveryMonths,
      lastVisitOn: lastVisit,
      riskKind: projects.riskKind,
      riskNote: projects.riskNote,
      riskSince: projects.riskSince,
      version: projects.version,
    })
    .from(projects)
    .innerJoin(orgUnits, eq(orgUnits.id, projects.responsibleUnitId))
    .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
    .where(
      scoped(
        user,
        inArray(projects.stage, [...AFTERCARE_STAGES]),
        input.atRisk ? isNotNull(projects.riskKind) : undefined,
      ),
    )
    // At risk first, then the longest unvisited, so the limit never cuts what needs attention.
    .orderBy(sql`${projects.riskKind} is not null desc`, sql`${lastVisit} asc nulls first`, asc(projectNameOrder(user)))
    .limit(1000);
  return rows
    .map((r) => {
      const nextDue = nextVisitDue(r.lastVisitOn, r.since, r.visitEveryMonths);
      return { ...r, nextVisitDue: nextDue, visitOverdue: nextDue !== null && nextDue < today };
    })
    .sort(
      (a, b) =>
        Number(b.riskKind !== null) - Number(a.riskKind !== null) ||
        Number(b.visitOverdue) - Number(a.visitOverdue) ||
        (a.nextVisitDue ?? "").localeCompare(b.nextVisitDue ?? ""),
    );
}

/** Sets a project's visit interval and its risk flag (or clears it), with the project's version. */
export async function updateAftercare(ctx: AuthedContext, input: z.infer<typeof AftercareUpdateInput>) {
  const { db, user, ip } = ctx;
  const now = ctx.now();
  return db.transaction(async (tx) => {
    const before = await scopedProjectById(tx, user, input.projectId);
    const risk = input.risk
      ? {
          riskKind: input.risk.kind,
          riskNote: input.risk.note,
          riskSince: before.riskKind === input.risk.kind ? before.riskSince : todayInShanghai(now),
        }
      : { riskKind: null, riskNote: null, riskSince: null };
    const after = await updateWithVersion(tx, projects, before.id, input.version, {
      visitEveryMonths: input.visitEveryMonths,
      ...risk,
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "project.aftercare",
      entity: "project",
      entityId: before.id,
      before: { visitEveryMonths: before.visitEveryMonths, riskKind: before.riskKind, riskNote: before.riskNote },
      after: { visitEveryMonths: after.visitEveryMonths, riskKind: after.riskKind, riskNote: after.riskNote },
      ip,
    });
    return {
      id: after.id,
      riskKind: after.riskKind,
      riskSince: after.riskSince,
      visitEveryMonths: after.visitEveryMonths,
      version: after.version,
    };
  });
}
