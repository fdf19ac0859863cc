import { and, inArray, lt, schema, sql, type Database } from "@crm/db";
import { TASK_OWED, todayInShanghai } from "@crm/domain";

import { notify, unitMembers } from "../services/notify";

const { tasks, notifications } = schema;

/**
 * Finds the tasks that have become overdue and tells their unit, the assigner and the unit's
 * webhook — once per task: a task already announced as overdue is not announced again.
 */
export async function sweepOverdue(db: Database, now: Date) {
  const today = todayInShanghai(now);
  const overdue = await db
    .select()
    .from(tasks)
    .where(
      and(
        inArray(tasks.status, [...TASK_OWED]),
        lt(tasks.dueOn, today),
        sql`not exists (select 1 from ${notifications} where ${notifications.kind} = 'task.overdue' and ${notifications.link} = '/work/' || ${tasks.id})`,
      ),
    );
  for (const task of overdue) {
    await db.transaction(async (tx) => {
      const to = task.assigneeUserId ? [task.assigneeUserId] : await unitMembers(tx, task.assigneeUnitId);
      await notify(tx, {
        userIds: [...to, task.assignedById],
        actorId: null,
        kind: "task.overdue",
        params: { title: task.title, due: task.dueOn },
        link: `/work/${task.id}`,
        unitIds: [task.assigneeUnitId],
      });
    });
  }
  return { announced: overdue.length };
}
