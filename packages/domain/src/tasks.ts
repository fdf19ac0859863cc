import type { ResponsePolicy } from "./contracts/settings";
import { TRIP_FOLLOW_UP_WORKING_DAYS } from "./trips";
import type { WorkingCalendar } from "./working-days";

/**
 * 督办/交办事项 (DOMAIN §2): 交办 → 反馈 → 督办 → 办结 → 评价. The assignee replies and reports it
 * done (`reported`); the assigner accepts (`done`) or sends it back (`in_progress`), and may rate it.
 */
export const TASK_STATUSES = ["open", "in_progress", "reported", "done", "cancelled"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const TASK_PRIORITIES = ["normal", "high", "urgent"] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];
export const TASK_SUBJECTS = ["lead", "project", "approval", "meeting_decision", "instruction"] as const;
export type TaskSubject = (typeof TASK_SUBJECTS)[number];
/** The entries of a task's thread: the assignee's progress and report, the assigner's verdicts and rating. */
export const TASK_REPLY_KINDS = ["progress", "report", "accept", "send_back", "cancel", "rate"] as const;
export type TaskReplyKind = (typeof TASK_REPLY_KINDS)[number];

/** Statuses in which the assignee still owes work. */
export const TASK_OWED: readonly TaskStatus[] = ["open", "in_progress"];

/** Overdue is derived, never stored: still owed after its due date. */
export function isOverdue(task: { status: TaskStatus; dueOn: string }, today: string): boolean {
  return TASK_OWED.includes(task.status) && task.dueOn < today;
}

/**
 * The bureau's response policy, in working days (DOMAIN §2: e.g. first response 1, a plan 3, progress
 * every 10), and the default time limit for a task of each priority. Its shape is the settings contract's.
 */
export const DEFAULT_RESPONSE_POLICY: ResponsePolicy = {
  firstResponseDays: 1,
  planDays: 3,
  progressEveryDays: 10,
  freshnessDays: 90,
  tripFollowUpDays: TRIP_FOLLOW_UP_WORKING_DAYS,
  dueDays: { normal: 15, high: 10, urgent: 5 },
};

/** The dates a task assigned on `assignedOn` owes its first reply, its plan, and its completion. */
export function taskDeadlines(
  assignedOn: string,
  priority: TaskPriority,
  policy: ResponsePolicy,
  calendar: WorkingCalendar,
) {
  return {
    firstResponseBy: calendar.addWorkingDays(assignedOn, policy.firstResponseDays),
    planBy: calendar.addWorkingDays(assignedOn, policy.planDays),
    dueOn: calendar.addWorkingDays(assignedOn, policy.dueDays[priority]),
  };
}

/** Which moves each party may make from each status. */
export const TASK_TRANSITIONS = {
  reply: ["open", "in_progress"],
  report: ["open", "in_progress"],
  accept: ["reported"],
  sendBack: ["reported"],
  cancel: ["open", "in_progress", "reported"],
} as const satisfies Record<string, readonly TaskStatus[]>;
export type TaskAction = keyof typeof TASK_TRANSITIONS;

export function canTransition(action: TaskAction, from: TaskStatus): boolean {
  return (TASK_TRANSITIONS[action] as readonly TaskStatus[]).includes(from);
}
