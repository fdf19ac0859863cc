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
export const InstructionInput = z.object({
  projectId: Uuid,
  text: text(2000).min(2, "task.titleRequired"),
  priority: z.enum(TASK_PRIORITIES).default("high"),
});

export const TaskStepInput = z.object({ id: Uuid, version, body: text(4000).optional().nullable() });
export const ReviewTaskInput = TaskStepInput.extend({ accept: z.boolean() }).refine(
  (v) => v.accept || !!v.body?.trim(),
  { message: "task.reasonRequired", path: ["body"] },
);
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

export const MEETING_KINDS = ["joint", "dispatch", "task_force"] as const;
export const CreateMeetingInput = z.object({
  kind: z.enum(MEETING_KINDS),
  title: text(120).min(2, "meeting.titleRequired"),
  heldOn: CalendarDate,
  chairId: Uuid,
  unitIds: z.array(Uuid).max(40),
  agenda: z.array(z.object({ projectId: Uuid, note: text(500).optional().nullable() })).max(60),
});
export const MeetingMinutesInput = z.object({ id: Uuid, version, minutes: text(20000) });
/** A decision with an owner and a due date: it becomes a task, and the meeting shows how it goes. */
export const MeetingDecisionInput = z.object({
  meetingId: Uuid,
  title: text(200).min(2, "task.titleRequired"),
  assigneeUnitId: Uuid,
  dueOn: CalendarDate,
  projectId: Uuid.optional().nullable(),
});
