import type { SessionUser } from "@crm/auth";
import { schema, writeAudit, type Database } from "@crm/db";
import {
  canTransition,
  type RateTaskInput,
  type ReportTaskInput,
  type ReviewTaskInput,
  type TaskAction,
  type TaskStatus,
  type TaskStepInput,
} from "@crm/domain";
import type { z } from "zod";

import type { AuthedContext } from "../../context";
import { badRequest } from "../../errors";
import { assertAssignee, assertReviewer, scopedTaskById } from "../../scope/tasks";
import { notify, unitMembers } from "../notify";
import { updateWithVersion } from "../versioned-update";

const { tasks, taskReplies } = schema;

const NEXT: Record<Exclude<TaskAction, "cancel">, TaskStatus> = {
  reply: "in_progress",
  report: "reported",
  accept: "done",
  sendBack: "in_progress",
};
const REPLY_KIND = { reply: "progress", report: "report", accept: "accept", sendBack: "send_back" } as const;
const NOTICE = {
  reply: "task.replied",
  report: "task.reported",
  accept: "task.accepted",
  sendBack: "task.sentBack",
} as const;

/**
 * One step of 交办 → 反馈 → 督办 → 办结: the assignee replies or reports it done; the assigner
 * accepts it or sends it back with a reason. Each step is a reply row, a status change checked
 * against the task's version, an audit row and a notification for the other side.
 */
async function step(
  db: Database,
  user: SessionUser,
  action: Exclude<TaskAction, "cancel">,
  input: z.output<typeof TaskStepInput>,
  ip: string | null,
) {
  return db.transaction(async (tx) => {
    const task = await scopedTaskById(tx, user, input.id);
    if (action === "reply" || action === "report") assertAssignee(user, task);
    else assertReviewer(user, task);
    if (!canTransition(action, task.status)) throw badRequest("taskWrongStep");
    if ((action === "sendBack" || action === "reply") && !input.body?.trim()) throw badRequest("invalidInput");
    const updated = await updateWithVersion(tx, tasks, task.id, input.version, { status: NEXT[action] });
    await tx
      .insert(taskReplies)
      .values({ taskId: task.id, authorId: user.id, kind: REPLY_KIND[action], body: input.body?.trim() || null });
    await writeAudit(tx, {
      actorId: user.id,
      action: `task.${action}`,
      entity: "task",
      entityId: task.id,
      before: { status: task.status },
      after: { status: updated.status, body: input.body ?? null },
      ip,
    });
    const toAssigner = action === "reply" || action === "report";
    const recipients = toAssigner
      ? [task.assignedById]
      : task.assigneeUserId
        ? [task.assigneeUserId]
        : await unitMembers(tx, task.assigneeUnitId);
    await notify(tx, {
      userIds: recipients,
      actorId: user.id,
      kind: NOTICE[action],
      params: { title: task.title },
      link: `/work/${task.id}`,
      unitIds: [task.assigneeUnitId],
    });
    return { id: updated.id, version: updated.version, status: updated.status };
  });
}

export const replyTask = (ctx: AuthedContext, input: z.output<typeof TaskStepInput>) =>
  step(ctx.db, ctx.user, "reply", input, ctx.ip);
export const reportTask = (ctx: AuthedContext, input: z.output<typeof ReportTaskInput>) =>
  step(ctx.db, ctx.user, "report", input, ctx.ip);
export const reviewTask = (ctx: AuthedContext, input: z.output<typeof ReviewTaskInput>) =>
  step(ctx.db, ctx.user, input.accept ? "accept" : "sendBack", input, ctx.ip);

/** 评价: the assigner rates a finished task (1–5). */
export async function rateTask(ctx: AuthedContext, input: z.output<typeof RateTaskInput>) {
  const { db, user, ip } = ctx;
  return db.transaction(async (tx) => {
    const task = await scopedTaskById(tx, user, input.id);
    assertReviewer(user, task);
    if (task.status !== "done") throw badRequest("taskWrongStep");
    const updated = await updateWithVersion(tx, tasks, task.id, input.version, { rating: input.rating });
    await tx
      .insert(taskReplies)
      .values({ taskId: task.id, authorId: user.id, kind: "rate", body: String(input.rating) });
    await writeAudit(tx, {
      actorId: user.id,
      action: "task.rate",
      entity: "task",
      entityId: task.id,
      before: { rating: task.rating },
      after: { rating: input.rating },
      ip,
    });
    return { id: updated.id, version: updated.version };
  });
}
