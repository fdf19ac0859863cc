import { and, asc, eq, inArray, lt, schema, sql } from "@crm/db";
import { isOverdue, TASK_OWED, todayInShanghai, type TaskBoardFilter } from "@crm/domain";
import type { SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";

import type { AuthedContext } from "../../context";
import { leadScope } from "../../scope/leads";
import { leadHiddenAs, shownProjectName } from "../../scope/names";
import { taskScope } from "../../scope/tasks";
import { overdueLead } from "../lead/overdue";

const { tasks, orgUnits, users, projects, leads } = schema;
const assigner = alias(users, "assigner");

/** A task row's columns; its project goes by the name the caller sees. */
const columns = (user: AuthedContext["user"]) => ({
  id: tasks.id,
  title: tasks.title,
  subject: tasks.subject,
  status: tasks.status,
  priority: tasks.priority,
  dueOn: tasks.dueOn,
  assignedOn: tasks.assignedOn,
  assigneeUnitId: tasks.assigneeUnitId,
  unitName: orgUnits.shortName,
  assignedById: tasks.assignedById,
  assignerName: assigner.displayName,
  assignerRole: assigner.role,
  projectId: tasks.projectId,
  projectName: sql<string | null>`(case when ${projects.id} is not null then ${shownProjectName(user)} end)`,
  version: tasks.version,
});

/** Overdue as SQL: the same rule as isOverdue (owed and past its due day). */
export const overdueTask = (today: string) => and(inArray(tasks.status, [...TASK_OWED]), lt(tasks.dueOn, today));

/** The board's filter as conditions on task (and its project, left-joined): shared with the cockpit. */
export function boardConditions(filter: TaskBoardFilter, today: string): (SQL | undefined)[] {
  return [
    filter.unitId ? eq(tasks.assigneeUnitId, filter.unitId) : undefined,
    filter.overdue ? overdueTask(today) : undefined,
    filter.zoneId ? eq(projects.zoneId, filter.zoneId) : undefined,
    filter.chainId ? eq(projects.chainId, filter.chainId) : undefined,
  ];
}

/**
 * Leads past their deadline in the caller's lead scope, for the board. A lead has a chain but no zone
 * until it becomes a project, so a board narrowed to a zone shows none.
 */
function overdueLeadsOnBoard(ctx: AuthedContext, filter: TaskBoardFilter, today: string) {
  const { db, user } = ctx;
  if (filter.zoneId) return Promise.resolve([]);
  return db
    .select({
      id: leads.id,
      enterpriseName: sql<string>`coalesce(${leadHiddenAs(user)}, ${leads.enterpriseName})`,
      dueOn: sql<string>`${leads.dueOn}`,
      assigneeUnitId: sql<string>`${leads.assigneeUnitId}`,
      unitName: orgUnits.shortName,
    })
    .from(leads)
    .innerJoin(orgUnits, eq(orgUnits.id, leads.assigneeUnitId))
    .where(
      and(
        leadScope(user),
        overdueLead(today),
        filter.unitId ? eq(leads.assigneeUnitId, filter.unitId) : undefined,
        filter.chainId ? eq(leads.chainId, filter.chainId) : undefined,
      ),
    )
    .orderBy(asc(leads.dueOn));
}

/**
 * The board: open tasks in one's task scope by unit, and the unit's leads past their deadline,
 * filtered; the units with the most overdue (tasks and leads) first.
 */
export async function taskBoard(ctx: AuthedContext, filter: TaskBoardFilter) {
  const { db, user } = ctx;
  const today = todayInShanghai(ctx.now());
  const [rows, lateLeads] = await Promise.all([
    db
      .select(columns(user))
      .from(tasks)
      .innerJoin(orgUnits, eq(orgUnits.id, tasks.assigneeUnitId))
      .innerJoin(assigner, eq(assigner.id, tasks.assignedById))
      .leftJoin(projects, eq(projects.id, tasks.projectId))
      .where(and(taskScope(user), inArray(tasks.status, [...TASK_OWED, "reported"]), ...boardConditions(filter, today)))
      .orderBy(asc(tasks.dueOn)),
    overdueLeadsOnBoard(ctx, filter, today),
  ]);
  type Unit = {
    unitId: string;
    unitName: string;
    overdue: number;
    open: number;
    tasks: ((typeof rows)[number] & { overdue: boolean })[];
    overdueLeads: Omit<(typeof lateLeads)[number], "assigneeUnitId" | "unitName">[];
  };
  const units = new Map<string, Unit>();
  const unit = (unitId: string, unitName: string) => {
    const u = units.get(unitId) ?? { unitId, unitName, overdue: 0, open: 0, tasks: [], overdueLeads: [] };
    units.set(unitId, u);
    return u;
  };
  for (const r of rows) {
    const u = unit(r.assigneeUnitId, r.unitName);
    const overdue = isOverdue(r, today);
    u.open++;
    if (overdue) u.overdue++;
    u.tasks.push({ ...r, overdue });
  }
  for (const { assigneeUnitId, unitName, ...lead } of lateLeads) unit(assigneeUnitId, unitName).overdueLeads.push(lead);
  const late = (u: Unit) => u.overdue + u.overdueLeads.length;
  return [...units.values()].sort(
    (a, b) => late(b) - late(a) || b.open - a.open || a.unitName.localeCompare(b.unitName, "zh-CN"),
  );
}
