import { z } from "zod";

import { APPROVAL_STATUSES, PROJECT_TYPES } from "../approvals";
import { CalendarDate, Uuid } from "../schemas";

const text = (max: number) => z.string().trim().max(max);
const version = z.number().int().positive();
const timeLimit = z.number().int().min(1).max(180);

export const ApprovalItemInput = z.object({
  /** Absent when adding an item to the dictionary. */
  id: Uuid.optional(),
  version: version.optional(),
  name: text(40).min(2, "approval.nameRequired"),
  departmentId: Uuid,
  timeLimitDays: timeLimit,
  active: z.boolean().default(true),
});
export type ApprovalItemInput = z.infer<typeof ApprovalItemInput>;

export const ApprovalTemplateInput = z.object({
  projectType: z.enum(PROJECT_TYPES),
  itemIds: z.array(Uuid).max(40),
  version,
});
export type ApprovalTemplateInput = z.infer<typeof ApprovalTemplateInput>;

/** A project's approval items (its page's card). */
export const ProjectApprovalsInput = z.object({ projectId: Uuid });

/** Adds dictionary items to a project, one by one or a whole template; items it already has are skipped. */
export const AddApprovalsInput = z
  .object({
    projectId: Uuid,
    itemIds: z.array(Uuid).max(40).default([]),
    projectType: z.enum(PROJECT_TYPES).optional(),
  })
  .refine((v) => v.itemIds.length > 0 || v.projectType, { message: "approval.nothingToAdd" });
export type AddApprovalsInput = z.infer<typeof AddApprovalsInput>;

export const RemoveApprovalInput = z.object({ id: Uuid, version });
export type RemoveApprovalInput = z.infer<typeof RemoveApprovalInput>;

/** A department's update of one item: its status (with the day it happened), a note, a blocker, who helped. */
export const UpdateApprovalInput = z.object({
  id: Uuid,
  version,
  status: z.enum(APPROVAL_STATUSES),
  on: CalendarDate.optional(),
  note: text(1000).optional().nullable(),
  blocker: text(500).optional().nullable(),
  /** The caller helped (帮办代办). */
  helped: z.boolean().optional(),
});
export type UpdateApprovalInput = z.infer<typeof UpdateApprovalInput>;

/** The approval list's tabs: items still with someone, those past their time limit, those decided. */
export const APPROVAL_QUEUE_STATUSES = ["open", "overdue", "done"] as const;
export type ApprovalQueueStatus = (typeof APPROVAL_QUEUE_STATUSES)[number];

/**
 * The approval list. `decidedFrom`/`decidedTo` keep decided items with both a submission and a
 * decision day, the decision within the range: the items an approval time is measured on.
 */
export const ApprovalQueueInput = z.object({
  status: z.enum(APPROVAL_QUEUE_STATUSES).default("open"),
  departmentId: Uuid.optional(),
  decidedFrom: CalendarDate.optional(),
  decidedTo: CalendarDate.optional(),
  zoneId: Uuid.optional(),
  chainId: Uuid.optional(),
});
export type ApprovalQueueInput = z.infer<typeof ApprovalQueueInput>;
/** The approval list's filter, as a drill-down sets it. */
export type ApprovalListFilter = Partial<ApprovalQueueInput>;
