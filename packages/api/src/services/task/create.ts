import { eq, schema, writeAudit } from "@crm/db";
import { taskDeadlines, todayInShanghai, type CreateTaskInput, type InstructionInput } from "@crm/domain";
import type { z } from "zod";

import { withDb, type AuthedContext } from "../../context";
import { badRequest } from "../../errors";
import { scopedProjectById } from "../../scope/projects";
import { loadCalendar } from "../calendar";
import { loadPolicy } from "../settings/policies";
import { notify, unitMembers } from "../notify";

const { tasks, orgUnits, taskReplies } = schema;

type NewTask = z.output<typeof CreateTaskInput>;

/**
 * Inserts a task with its due date (given, or from the response policy in working days) and tells the
 * assignee; in the caller's transaction (`withDb(ctx, tx)`).
 */
export async function insertTask(ctx: AuthedContext, input: NewTask, from: { meetingId?: string } = {}) {
  const { db: tx, user, ip } = ctx;
  const now = ctx.now();
  const [unit] = await tx
    .select({ kind: orgUnits.kind, name: orgUnits.shortName })
    .from(orgUnits)
    .where(eq(orgUnits.id, input.assigneeUnitId));
  if (!unit || !["zone", "department", "town", "bureau"].includes(unit.kind)) throw badRequest("invalidInput");
  const today = todayInShanghai(now);
  const dueOn = input.dueOn ?? taskDeadlines(today, input.priority, await loadPolicy(tx), await loadCalendar(tx)).dueOn;
  if (dueOn < today) throw badRequest("invalidInput");
  const [task] = await tx
    .insert(tasks)
    .values({
      title: input.title,
      detail: input.detail ?? null,
      subject: input.subject,
      projectId: input.projectId ?? null,
      leadId: input.leadId ?? null,
      meetingId: from.meetingId ?? null,
      assigneeUnitId: input.assigneeUnitId,
      assigneeUserId: input.assigneeUserId ?? null,
      assignedById: user.id,
      assignedOn: today,
      dueOn,
      priority: input.priority,
    })
    .returning();
  await writeAudit(tx, {
    actorId: user.id,
    action: "task.create",
    entity: "task",
    entityId: task!.id,
    after: task,
    ip,
  });
  const to = input.assigneeUserId ? [input.assigneeUserId] : await unitMembers(tx, input.assigneeUnitId);
  await notify(tx, {
    userIds: to,
    actorId: user.id,
    kind: "task.assigned",
    params: { title: task!.title, due: dueOn },
    link: `/work/${task!.id}`,
    unitIds: [input.assigneeUnitId],
  });
  return task!;
}

/** 交办: the bureau gives a unit a piece of work. */
export async function createTask(ctx: AuthedContext, input: NewTask) {
  const { db, user } = ctx;
  return db.transaction(async (tx) => {
    if (input.projectId) await scopedProjectById(tx, user, input.projectId);
    const task = await insertTask(withDb(ctx, tx), input);
    return { id: task.id };
  });
}

/** 批示: a leader's instruction on a project becomes a task for its responsible unit, marked as the leader's. */
export async function createInstruction(ctx: AuthedContext, input: z.output<typeof InstructionInput>) {
  const { db, user } = ctx;
  return db.transaction(async (tx) => {
    const project = await scopedProjectById(tx, user, input.projectId);
    const task = await insertTask(withDb(ctx, tx), {
      title: input.text.length > 60 ? `${input.text.slice(0, 60)}…` : input.text,
      detail: input.text,
      subject: "instruction",
      projectId: project.id,
      assigneeUnitId: project.responsibleUnitId,
      priority: input.priority,
    });
    await tx.insert(taskReplies).values({ taskId: task.id, authorId: user.id, kind: "progress", body: input.text });
    return { id: task.id };
  });
}
