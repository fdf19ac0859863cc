import type { SessionUser } from "@crm/auth";
import { and, asc, count, eq, schema, sql, type Executor } from "@crm/db";
import type { RequestListStatus } from "@crm/domain";

import { approvalScope, requestScope } from "../../scope/service";
import { taskScope } from "../../scope/tasks";
import { approvalListConditions } from "../approvals/queue";
import { requestListConditions } from "../requests/read";
import { boardConditions } from "../task/list";
import { zoneAndChain, type CockpitView } from "./scope";

const { tasks, projects, orgUnits, approvals, serviceRequests } = schema;

/** How many units (or departments) a list on the cockpit names, the longest first. */
const TOP = 20;

const narrowed = (view: CockpitView) => Boolean(view.zoneId || view.chainId);

/** Overdue tasks by the unit that owes them, most first (as of today, whatever the year). */
export async function overdueTasksByUnit(db: Executor, user: SessionUser, view: CockpitView) {
  const base = { overdue: true, ...zoneAndChain(view) };
  const query = db
    .select({ unitId: tasks.assigneeUnitId, name: orgUnits.shortName, n: count() })
    .from(tasks)
    .innerJoin(orgUnits, eq(orgUnits.id, tasks.assigneeUnitId))
    .$dynamic();
  // The project is joined only when a zone or chain narrows the view (the board joins it always).
  const rows = await (narrowed(view) ? query.leftJoin(projects, eq(projects.id, tasks.projectId)) : query)
    .where(and(taskScope(user), ...boardConditions(base, view.today)))
    .groupBy(tasks.assigneeUnitId, orgUnits.shortName)
    .orderBy(sql`count(*) desc`, asc(orgUnits.shortName));
  return {
    value: rows.reduce((n, r) => n + r.n, 0),
    drill: { list: "tasks" as const, filter: base },
    // The units owing the most; the total counts them all.
    units: rows.slice(0, TOP).map((r) => ({
      unitId: r.unitId,
      name: r.name,
      value: r.n,
      drill: { list: "tasks" as const, filter: { ...base, unitId: r.unitId } },
    })),
  };
}

/**
 * The median time from submission to decision, in calendar days, of the approvals each department
 * decided within the year; the figure's count is how many it is measured on.
 */
export async function approvalTimeByDepartment(db: Executor, user: SessionUser, view: CockpitView) {
  const filter = { status: "done" as const, decidedFrom: view.from, decidedTo: view.to, ...zoneAndChain(view) };
  const median = sql<number>`(percentile_cont(0.5) within group (order by ${approvals.decidedOn} - ${approvals.submittedOn}))::float8`;
  const query = db
    .select({ departmentId: approvals.departmentId, name: orgUnits.shortName, n: count(), medianDays: median })
    .from(approvals)
    .innerJoin(orgUnits, eq(orgUnits.id, approvals.departmentId))
    .$dynamic();
  const rows = await (narrowed(view) ? query.innerJoin(projects, eq(projects.id, approvals.projectId)) : query)
    .where(and(approvalScope(user), ...approvalListConditions(filter, view.today)))
    .groupBy(approvals.departmentId, orgUnits.shortName)
    .orderBy(sql`${median} desc`, asc(orgUnits.shortName));
  return rows.slice(0, TOP).map((r) => ({
    departmentId: r.departmentId,
    name: r.name,
    medianDays: Math.round(r.medianDays * 10) / 10,
    value: r.n,
    drill: { list: "approvals" as const, filter: { ...filter, departmentId: r.departmentId } },
  }));
}

/** Enterprise requests not yet resolved: waiting to be routed, and with a department. */
export async function unresolvedRequests(db: Executor, user: SessionUser, view: CockpitView) {
  const where = and(requestScope(user), ...requestListConditions({ status: "open", ...zoneAndChain(view) }));
  const [row] = await db
    .select({
      n: count(),
      submitted: sql<number>`(count(*) filter (where ${serviceRequests.status} = 'submitted'))::int`,
      assigned: sql<number>`(count(*) filter (where ${serviceRequests.status} = 'assigned'))::int`,
      escalated: sql<number>`(count(*) filter (where ${serviceRequests.status} = 'assigned' and ${serviceRequests.escalatedAt} is not null))::int`,
    })
    .from(serviceRequests)
    .leftJoin(projects, eq(projects.id, serviceRequests.projectId))
    .where(where);
  const drill = (status: RequestListStatus) => ({
    list: "requests" as const,
    filter: { status, ...zoneAndChain(view) },
  });
  return {
    value: row?.n ?? 0,
    drill: drill("open"),
    submitted: { value: row?.submitted ?? 0, drill: drill("submitted") },
    assigned: { value: row?.assigned ?? 0, drill: drill("assigned") },
    /** Past their limit and escalated to the bureau's lead. */
    escalated: { value: row?.escalated ?? 0, drill: drill("escalated") },
  };
}
