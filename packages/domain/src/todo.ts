import type { LeadStatus } from "./leads";
import type { RequestStatus } from "./service";

/**
 * 待办: every item a person or their unit owes, or waits on, in one list (home, My work, the bell).
 * Overdue is derived from the due day, never stored.
 *
 * - `task`: a task (交办, 批示, a meeting's decision) assigned to the caller or their unit
 * - `review`: a task the caller assigned that is reported done and waits for their acceptance
 * - `waiting`: a task the caller assigned that is overdue, or an instruction (批示) they gave still open
 * - `lead`: a lead assigned to the caller's unit, due by its deadline
 * - `leadRouting`: a new lead that waits for the bureau to assign it
 * - `request`: an enterprise request routed to the caller's department
 * - `requestRouting`: a new request that waits for the bureau to route it
 * - `approval`: an approval item the caller's department holds
 * - `dispatch`: this month's updates (月度调度) the caller's unit has still to post
 * - `overdue`: for those who watch the district (the bureau, leaders): another unit's overdue task, lead or request
 */
export const TODO_KINDS = [
  "task",
  "review",
  "waiting",
  "lead",
  "leadRouting",
  "request",
  "requestRouting",
  "approval",
  "dispatch",
  "overdue",
] as const;
export type TodoKind = (typeof TODO_KINDS)[number];

/** What the caller owes (to act on) versus what they wait on from others. */
export const TODO_OWED_KINDS: readonly TodoKind[] = [
  "task",
  "review",
  "lead",
  "leadRouting",
  "request",
  "requestRouting",
  "approval",
  "dispatch",
];

/** Still with its unit (`assigned`) after its due day. */
const assignedPastDue = (row: { status: string; dueOn: string | null }, today: string) =>
  row.status === "assigned" && row.dueOn !== null && row.dueOn < today;

/** A lead is overdue once assigned and still open past its deadline. */
export const isLeadOverdue = (lead: { status: LeadStatus; dueOn: string | null }, today: string): boolean =>
  assignedPastDue(lead, today);

/** A request is overdue once routed and still unresolved past its time limit. */
export const isRequestOverdue = (r: { status: RequestStatus; dueOn: string | null }, today: string): boolean =>
  assignedPastDue(r, today);

/** The last day of the month `date` falls in (the month's dispatch is due by then). */
export function monthEnd(date: string): string {
  const [y, m] = date.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${date.slice(0, 7)}-${String(last).padStart(2, "0")}`;
}
