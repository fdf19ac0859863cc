/** 审批事项 status, in order (DOMAIN §2). */
export const APPROVAL_STATUSES = ["not_started", "preparing", "submitted", "in_review", "approved", "rejected"] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];
