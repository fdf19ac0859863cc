import { and, asc, eq, inArray, lt, schema, sql } from "@crm/db";
import { isOverdue, TASK_OWED, todayInShanghai, type TaskBoardFilter } from "@crm/domain";
import type { SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";

import { shownProjectName } from "../../scope/names";
import type { AuthedContext } from "../../context";
import { taskScope } from "../../scope/tasks";

const { tasks, orgUnits, users, projects } = schema;
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

/** The board: open tasks in one's task scope by unit, filtered, the units with the most overdue first. */
export async function taskBoard(ctx: AuthedContext, filter: TaskBoardFilter) {
  const { db, user } = ctx;
  const today = todayInShanghai(ctx.now());
  const rows = await db
    .select(columns(user))
    .from(tasks)
    .innerJoin(orgUnits, eq(orgUnits.id, tasks.assigneeUnitId))
    .innerJoin(assigner, eq(assigner.id, tasks.assignedById))
    .leftJoin(projects, eq(projects.id, tasks.projectId))
    .where(and(taskScope(user), inArray(tasks.status, [...TASK_OWED, "reported"]), ...boardConditions(filter, today)))
    .orderBy(asc(tasks.dueOn));
  const units = new Map<
    string,
    {
      unitId: string;
      unitName: string;
      overdue: number;
      open: number;
      tasks: ((typeof rows)[number] & { overdue: boolean })[];
    }
  >();
  for (const r of rows) {
    const u = units.get(r.assigneeUnitId) ?? {
      unitId: r.assigneeUnitId,
      unitName: r.unitName,
      overdue: 0,
      open: 0,
      tasks: [],
    };
    const overdue = isOverdue(r, today);
    u.open++;
    if (overdue) u.overdue++;
    u.tasks.push({ ...r, overdue });
    units.set(r.assigneeUnitId, u);
  }
  return [...units.values()].sort(
    (a, b) => b.overdue - a.overdue || b.open - a.open || a.unitName.localeCompare(b.unitName, "zh-CN"),
  );
}
