/** 审批事项 status, in order (DOMAIN §2). */
export const APPROVAL_STATUSES = [
  "not_started",
  "preparing",
  "submitted",
  "in_review",
  "approved",
  "rejected",
] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

/** Statuses in which the department holds the file and its time limit runs. */
export const APPROVAL_WITH_DEPARTMENT: readonly ApprovalStatus[] = ["submitted", "in_review"];
/** Statuses that end an item. */
export const APPROVAL_DONE: readonly ApprovalStatus[] = ["approved", "rejected"];

/** The project types approval templates are kept for. */
export const PROJECT_TYPES = ["manufacturing", "kindergarten", "retail_catering", "tourism"] as const;
export type ProjectType = (typeof PROJECT_TYPES)[number];

/** Overdue is derived: with the department past its due date (submission + time limit in working days). */
export function isApprovalOverdue(a: { status: ApprovalStatus; dueOn: string | null }, today: string): boolean {
  return APPROVAL_WITH_DEPARTMENT.includes(a.status) && a.dueOn !== null && a.dueOn < today;
}

/**
 * A department moves an item forward one or more steps; a rejected item may go back to preparing or
 * be submitted again; an approved item is final.
 */
export function canMoveApproval(from: ApprovalStatus, to: ApprovalStatus): boolean {
  if (from === to || from === "approved") return false;
  if (from === "rejected") return to === "preparing" || to === "submitted";
  return APPROVAL_STATUSES.indexOf(to) > APPROVAL_STATUSES.indexOf(from);
}
