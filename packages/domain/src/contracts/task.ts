import { z } from "zod";

import { CalendarDate, Uuid } from "../schemas";
import { TASK_PRIORITIES, TASK_SUBJECTS } from "../tasks";

const text = (max: number) => z.string().trim().max(max);
const version = z.number().int().positive();

export const CreateTaskInput = z.object({
  title: text(200).min(2, "task.titleRequired"),
  detail: text(4000).optional().nullable(),
  subject: z.enum(TASK_SUBJECTS),
  projectId: Uuid.optional().nullable(),
  leadId: Uuid.optional().nullable(),
  assigneeUnitId: Uuid,
  assigneeUserId: Uuid.optional().nullable(),
  priority: z.enum(TASK_PRIORITIES).default("normal"),
  /** Without one, the response policy's time limit in working days. */
  dueOn: CalendarDate.optional().nullable(),
});
export type CreateTaskInput = z.infer<typeof CreateTaskInput>;

/** A leader's 批示 on a project: it becomes a task for the project's responsible unit. */
export const InstructionInput = z.object({
  projectId: Uuid,
  text: text(2000).min(2, "task.titleRequired"),
  priority: z.enum(TASK_PRIORITIES).default("high"),
});
export type InstructionInput = z.infer<typeof InstructionInput>;

export const TaskStepInput = z.object({ id: Uuid, version, body: text(4000).optional().nullable() });
export type TaskStepInput = z.infer<typeof TaskStepInput>;
/** 申请办结 records what was done: the report is required (the assigner accepts on it). */
export const ReportTaskInput = TaskStepInput.extend({ body: text(4000).min(2, "task.reportRequired") });
export type ReportTaskInput = z.infer<typeof ReportTaskInput>;
export const ReviewTaskInput = TaskStepInput.extend({ accept: z.boolean() }).refine(
  (v) => v.accept || !!v.body?.trim(),
  { message: "task.reasonRequired", path: ["body"] },
);
export type ReviewTaskInput = z.infer<typeof ReviewTaskInput>;
export const RateTaskInput = z.object({ id: Uuid, version, rating: z.number().int().min(1).max(5) });
export type RateTaskInput = z.infer<typeof RateTaskInput>;

/** The task board's filter (a cockpit drill-down lands here with it). */
export const TaskBoardInput = z
  .object({
    unitId: Uuid.optional(),
    overdue: z.boolean().optional(),
    zoneId: Uuid.optional(),
    chainId: Uuid.optional(),
  })
  .default({});
export type TaskBoardFilter = z.infer<typeof TaskBoardInput>;
