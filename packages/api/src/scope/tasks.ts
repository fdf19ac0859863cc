import type { SessionUser } from "@crm/auth";
import { and, eq, or, schema, sql, type Executor } from "@crm/db";
import { DISTRICT_WIDE_ROLES } from "@crm/domain";
import type { SQL } from "drizzle-orm";

import { forbidden, notFound } from "../errors";

const { tasks } = schema;

/** Tasks one sees: those given to one's unit or to oneself, those one gave, and all for the district-wide roles. */
export function taskScope(user: SessionUser): SQL | undefined {
  if (DISTRICT_WIDE_ROLES.includes(user.role)) return undefined;
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
export function assertAssignee(user: SessionUser, task: { assigneeUnitId: string; assigneeUserId: string | null }) {
  if (task.assigneeUserId === user.id || (user.unitId && user.unitId === task.assigneeUnitId)) return;
  throw forbidden();
}

/** Accepting, sending back and rating are for the one who assigned it, or the bureau's lead. */
export function assertReviewer(user: SessionUser, task: { assignedById: string }) {
  if (task.assignedById === user.id || user.role === "bureau_lead" || user.role === "admin") return;
  throw forbidden();
}
