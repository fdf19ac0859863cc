import { asc, eq, schema } from "@crm/db";
import { isOverdue, todayInShanghai } from "@crm/domain";

import { shownProjectName } from "../../scope/names";
import type { AuthedContext } from "../../context";
import { scopedTaskById, mayReviewTask, mayWorkTask } from "../../scope/tasks";

const { taskReplies, users, orgUnits, projects } = schema;

/** One task with its loop of replies, for the assignee, the assigner and the district-wide roles. */
export async function taskById(ctx: AuthedContext, input: { id: string }) {
  const { db, user } = ctx;
  const { id } = input;
  const today = todayInShanghai(ctx.now());
  const task = await scopedTaskById(db, user, id);
  const [replies, unit, assigner, project] = await Promise.all([
    db
      .select({
        id: taskReplies.id,
        kind: taskReplies.kind,
        body: taskReplies.body,
        at: taskReplies.createdAt,
        author: users.displayName,
      })
      .from(taskReplies)
      .innerJoin(users, eq(users.id, taskReplies.authorId))
      .where(eq(taskReplies.taskId, id))
      .orderBy(asc(taskReplies.createdAt)),
    db.select({ name: orgUnits.shortName }).from(orgUnits).where(eq(orgUnits.id, task.assigneeUnitId)),
    db
      .select({ name: users.displayName, title: users.title, role: users.role })
      .from(users)
      .where(eq(users.id, task.assignedById)),
    task.projectId
      ? db
          .select({ id: projects.id, name: shownProjectName(user) })
          .from(projects)
          .where(eq(projects.id, task.projectId))
      : Promise.resolve([]),
  ]);
  return {
    ...task,
    overdue: isOverdue(task, today),
    unitName: unit[0]?.name ?? "",
    assigner: assigner[0] ?? null,
    project: project[0] ?? null,
    replies,
    canAct: {
      reply: mayWorkTask(user, task) && ["open", "in_progress"].includes(task.status),
      review: mayReviewTask(user, task) && task.status === "reported",
      rate: mayReviewTask(user, task) && task.status === "done",
    },
  };
}
