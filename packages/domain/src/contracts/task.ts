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

/** A leader's 批示 on a project: it becomes a task for the project's responsible unit. */
export const InstructionInput = z.object({ projectId: Uuid, text: text(2000).min(2, "task.titleRequired"), priority: z.enum(TASK_PRIORITIES).default("high") });

export const TaskStepInput = z.object({ id: Uuid, version, body: text(4000).optional().nullable() });
export const ReviewTaskInput = TaskStepInput.extend({ accept: z.boolean() }).refine((v) => v.accept || !!v.body?.trim(), { message: "task.reasonRequired", path: ["body"] });
export const RateTaskInput = z.object({ id: Uuid, version, rating: z.number().int().min(1).max(5) });

export const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "month.invalid");
export const DispatchMonthInput = z.object({ month: Month });
export const SaveDispatchInput = z.object({
  projectId: Uuid,
  month: Month,
  progress: text(2000).min(2, "dispatch.progressRequired"),
  problems: text(2000).optional().nullable(),
  nextPlan: text(2000).optional().nullable(),
  /** The update's version when changing an existing one; absent for the month's first. */
  version: version.optional(),
});
