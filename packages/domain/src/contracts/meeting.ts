import { z } from "zod";

import { CalendarDate, Uuid } from "../schemas";

const text = (max: number) => z.string().trim().max(max);
const version = z.number().int().positive();

/** 联席会议, 调度会, 专班会. */
export const MEETING_KINDS = ["joint", "dispatch", "task_force"] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** The agenda the system suggests for a meeting on a day (today without one). */
export const AgendaSuggestionsInput = z.object({ heldOn: CalendarDate.optional() });

export const CreateMeetingInput = z.object({
  kind: z.enum(MEETING_KINDS),
  title: text(120).min(2, "meeting.titleRequired"),
  heldOn: CalendarDate,
  chairId: Uuid,
  unitIds: z.array(Uuid).max(40),
  agenda: z.array(z.object({ projectId: Uuid, note: text(500).optional().nullable() })).max(60),
});
export type CreateMeetingInput = z.infer<typeof CreateMeetingInput>;

export const MeetingMinutesInput = z.object({ id: Uuid, version, minutes: text(20000) });
export type MeetingMinutesInput = z.infer<typeof MeetingMinutesInput>;

/** A decision with an owner and a due date: it becomes a task, and the meeting shows how it goes. */
export const MeetingDecisionInput = z.object({
  meetingId: Uuid,
  title: text(200).min(2, "task.titleRequired"),
  assigneeUnitId: Uuid,
  dueOn: CalendarDate,
  projectId: Uuid.optional().nullable(),
});
export type MeetingDecisionInput = z.infer<typeof MeetingDecisionInput>;
