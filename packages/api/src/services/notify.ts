import { and, eq, inArray, ne, schema, type Executor } from "@crm/db";

/** What happened, as a message key the web app words in the user's language. */
export type NotificationKind = "task.assigned" | "task.replied" | "task.reported" | "task.accepted" | "task.sentBack" | "task.overdue" | "project.stageMoved";

/** Writes in-app notifications, in the caller's transaction, for the given people (never the actor). */
export async function notify(db: Executor, input: { userIds: string[]; actorId: string | null; kind: NotificationKind; params: Record<string, string>; link: string }) {
  const recipients = [...new Set(input.userIds)].filter((id) => id !== input.actorId);
  if (!recipients.length) return;
  await db.insert(schema.notifications).values(recipients.map((userId) => ({ userId, kind: input.kind, params: input.params, link: input.link })));
}

/** The active people of a unit (a task's addressees when no one person is named). */
export async function unitMembers(db: Executor, unitId: string, exceptUserId?: string) {
  const rows = await db
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(and(eq(schema.users.unitId, unitId), eq(schema.users.disabled, false), exceptUserId ? ne(schema.users.id, exceptUserId) : undefined, inArray(schema.users.role, ["zone_staff", "dept_staff", "town_staff", "bureau_staff", "bureau_lead"])));
  return rows.map((r) => r.id);
}
