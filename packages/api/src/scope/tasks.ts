import type { SessionUser } from "@crm/auth";
import { and, eq, or, schema, sql, type Executor } from "@crm/db";
import type { SQL } from "drizzle-orm";

import { forbidden, notFound } from "../errors";
import { isDistrictWide, TASK_REVIEWER_ROLES } from "./roles";

const { tasks } = schema;

/** Tasks one sees: those given to one's unit or to oneself, those one gave, and all for the district-wide roles. */
export function taskScope(user: SessionUser): SQL | undefined {
  if (isDistrictWide(user)) return undefined;
  return or(
    user.unitId ? eq(tasks.assigneeUnitId, user.unitId) : sql`false`,
    eq(tasks.assigneeUserId, user.id),
    eq(tasks.assignedById, user.id),
  );
}

export async function scopedTaskById(db: Executor, user: SessionUser, id: string) {
  const [row] = await db
    .select()
    .from(tasks)
    .where(and(taskScope(user), eq(tasks.id, id)))
    .limit(1);
  if (!row) throw notFound();
  return row;
}

/** Replying and reporting are for the assignee's unit (or the named person). */
export function mayWorkTask(user: SessionUser, task: { assigneeUnitId: string; assigneeUserId: string | null }) {
  return task.assigneeUserId === user.id || (!!user.unitId && user.unitId === task.assigneeUnitId);
}

export function assertAssignee(user: SessionUser, task: { assigneeUnitId: string; assigneeUserId: string | null }) {
  if (!mayWorkTask(user, task)) throw forbidden();
}

/** Accepting, sending back and rating are for the one who assigned it, or the bureau's lead. */
export function mayReviewTask(user: SessionUser, task: { assignedById: string }) {
  return task.assignedById === user.id || TASK_REVIEWER_ROLES.includes(user.role);
}

export function assertReviewer(user: SessionUser, task: { assignedById: string }) {
  if (!mayReviewTask(user, task)) throw forbidden();
}
