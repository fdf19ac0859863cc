import { and, inArray, lt, schema, type Database } from "@crm/db";
import { TASK_OWED, todayInShanghai } from "@crm/domain";

import { notify, unitMembers } from "../services/notify";
import { claimAnnouncement, notAnnounced } from "./announce-once";

const { tasks } = schema;

/**
 * Finds the tasks that have become overdue and tells their unit, the assigner and the unit's
 * webhook — once per task, however many sweeps run at once: each claims the task first.
 */
export async function sweepOverdue(db: Database, now: Date) {
  const today = todayInShanghai(now);
  const overdue = await db
    .select()
    .from(tasks)
    .where(and(inArray(tasks.status, [...TASK_OWED]), lt(tasks.dueOn, today), notAnnounced("task.overdue", tasks.id)));
  let announced = 0;
  for (const task of overdue) {
    await db.transaction(async (tx) => {
      if (!(await claimAnnouncement(tx, "task.overdue", task.id))) return;
      announced++;
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
  return { announced };
}
