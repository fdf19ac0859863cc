import { z } from "zod";

import { APPROVAL_STATUSES, PROJECT_TYPES } from "../approvals";
import { CalendarDate, MOBILE, Uuid } from "../schemas";
import { ATTACHMENT_LIMITS, ATTACHMENT_TYPES, REQUEST_CATEGORIES, REQUEST_STATUSES, RISK_KINDS } from "../service";

const text = (max: number) => z.string().trim().max(max);
const version = z.number().int().positive();
const timeLimit = z.number().int().min(1).max(180);

// — Approvals —
export const ApprovalItemInput = z.object({
  /** Absent when adding an item to the dictionary. */
  id: Uuid.optional(),
  version: version.optional(),
  name: text(40).min(2, "approval.nameRequired"),
  departmentId: Uuid,
  timeLimitDays: timeLimit,
  active: z.boolean().default(true),
});
export const ApprovalTemplateInput = z.object({
  projectType: z.enum(PROJECT_TYPES),
  itemIds: z.array(Uuid).max(40),
  version,
});

/** Adds dictionary items to a project, one by one or a whole template; items it already has are skipped. */
export const AddApprovalsInput = z
  .object({
    projectId: Uuid,
    itemIds: z.array(Uuid).max(40).default([]),
    projectType: z.enum(PROJECT_TYPES).optional(),
  })
  .refine((v) => v.itemIds.length > 0 || v.projectType, { message: "approval.nothingToAdd" });
export const RemoveApprovalInput = z.object({ id: Uuid, version });

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
/**
 * The approval list. `decidedFrom`/`decidedTo` keep decided items with both a submission and a
 * decision day, the decision within the range: the items an approval time is measured on.
 */
export const ApprovalQueueInput = z.object({
  status: z.enum(["open", "overdue", "done"]).default("open"),
  departmentId: Uuid.optional(),
  decidedFrom: CalendarDate.optional(),
  decidedTo: CalendarDate.optional(),
  zoneId: Uuid.optional(),
  chainId: Uuid.optional(),
});

// — Enterprise requests —
export const AttachmentInput = z.object({
  fileName: text(120).min(1),
  contentType: z.enum(ATTACHMENT_TYPES, { error: "request.fileType" }),
  /** The file, base64-encoded; its decoded size is checked against the limit. */
  base64: z
    .string()
    .max(Math.ceil((ATTACHMENT_LIMITS.maxBytes * 4) / 3) + 4, "request.fileTooLarge")
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, "request.fileInvalid"),
});
export const CreateRequestInput = z.object({
  /** The enterprise's own project (an enterprise user) or the project staff raise it for. */
  projectId: Uuid.optional().nullable(),
  category: z.enum(REQUEST_CATEGORIES),
  title: text(80).min(4, "request.titleRequired"),
  description: text(4000).min(4, "request.descriptionRequired"),
  attachments: z.array(AttachmentInput).max(ATTACHMENT_LIMITS.maxFiles, "request.tooManyFiles").default([]),
});
export const RouteRequestInput = z.object({
  id: Uuid,
  version,
  departmentId: Uuid,
  timeLimitDays: timeLimit,
  note: text(500).optional().nullable(),
});
export const RespondRequestInput = z.object({
  id: Uuid,
  version,
  body: text(4000).min(2, "request.replyRequired"),
  resolve: z.boolean().default(false),
});
export const RateRequestInput = z.object({
  id: Uuid,
  version,
  rating: z.number().int().min(1).max(5),
  comment: text(500).optional().nullable(),
});
/** The request list: `open` is every request not yet resolved; zone and chain are its project's. */
export const RequestListInput = z.object({
  status: z.enum([...REQUEST_STATUSES, "open", "escalated", "all"]).default("all"),
  zoneId: Uuid.optional(),
  chainId: Uuid.optional(),
});

// — After-care —
export const AftercareListInput = z.object({ atRisk: z.boolean().default(false) });
export const AftercareUpdateInput = z.object({
  projectId: Uuid,
  version,
  visitEveryMonths: z.number().int().min(1).max(12),
  risk: z.object({ kind: z.enum(RISK_KINDS), note: text(500).min(2, "aftercare.noteRequired") }).nullable(),
});

// — The enterprise's own details and accounts —
export const EnterpriseProfileInput = z.object({
  version,
  contactName: text(40).min(1, "profile.nameRequired"),
  contactPhone: z
    .string()
    .trim()
    .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, "profile.phoneInvalid"),
});
export const CreateEnterpriseAccountInput = z.object({
  enterpriseId: Uuid,
  username: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9._-]{2,31}$/, "account.usernameInvalid"),
  displayName: text(40).min(1),
  mobile: z.string().trim().regex(MOBILE, "account.mobileInvalid").optional().nullable(),
});
