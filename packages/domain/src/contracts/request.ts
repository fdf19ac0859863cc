import { z } from "zod";

import { Uuid } from "../schemas";
import { ATTACHMENT_LIMITS, ATTACHMENT_TYPES, REQUEST_CATEGORIES, type RequestStatus } from "../service";

const text = (max: number) => z.string().trim().max(max);
const version = z.number().int().positive();
const timeLimit = z.number().int().min(1).max(180);

export const AttachmentInput = z.object({
  fileName: text(120).min(1),
  contentType: z.enum(ATTACHMENT_TYPES, { error: "request.fileType" }),
  /** The file, base64-encoded; its decoded size is checked against the limit. */
  base64: z
    .string()
    .max(Math.ceil((ATTACHMENT_LIMITS.maxBytes * 4) / 3) + 4, "request.fileTooLarge")
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, "request.fileInvalid"),
});
export type AttachmentInput = z.infer<typeof AttachmentInput>;

export const CreateRequestInput = z.object({
  /** The enterprise's own project (an enterprise user) or the project staff raise it for. */
  projectId: Uuid.optional().nullable(),
  category: z.enum(REQUEST_CATEGORIES),
  title: text(80).min(4, "request.titleRequired"),
  description: text(4000).min(4, "request.descriptionRequired"),
  attachments: z.array(AttachmentInput).max(ATTACHMENT_LIMITS.maxFiles, "request.tooManyFiles").default([]),
});
export type CreateRequestInput = z.infer<typeof CreateRequestInput>;

export const RouteRequestInput = z.object({
  id: Uuid,
  version,
  departmentId: Uuid,
  timeLimitDays: timeLimit,
  note: text(500).optional().nullable(),
});
export type RouteRequestInput = z.infer<typeof RouteRequestInput>;

export const RespondRequestInput = z.object({
  id: Uuid,
  version,
  body: text(4000).min(2, "request.replyRequired"),
  resolve: z.boolean().default(false),
});
export type RespondRequestInput = z.infer<typeof RespondRequestInput>;

export const RateRequestInput = z.object({
  id: Uuid,
  version,
  rating: z.number().int().min(1).max(5),
  comment: text(500).optional().nullable(),
});
export type RateRequestInput = z.infer<typeof RateRequestInput>;

/**
 * The request list's tabs, in the order the page shows them: every request, those not yet resolved
 * (`open`), each status, and those escalated past their time limit.
 */
export const REQUEST_LIST_STATUSES = [
  "all",
  "open",
  "submitted",
  "assigned",
  "escalated",
  "resolved",
] as const satisfies readonly (RequestStatus | "all" | "open" | "escalated")[];
export type RequestListStatus = (typeof REQUEST_LIST_STATUSES)[number];

/** The request list: `open` is every request not yet resolved; zone and chain are its project's. */
export const RequestListInput = z.object({
  status: z.enum(REQUEST_LIST_STATUSES).default("all"),
  zoneId: Uuid.optional(),
  chainId: Uuid.optional(),
});
export type RequestListInput = z.infer<typeof RequestListInput>;
/** The request list's filter, as a drill-down sets it. */
export type RequestListFilter = Partial<RequestListInput>;
