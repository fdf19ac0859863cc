import { addMonths, format, parseISO } from "date-fns";

/** 企业诉求 (DOMAIN §2 service_request). */
export const REQUEST_CATEGORIES = ["approval", "land", "labour", "finance", "utilities", "policy", "other"] as const;
export type RequestCategory = (typeof REQUEST_CATEGORIES)[number];

/** Raised → routed by the bureau to a department → resolved by it; the enterprise then rates it. */
export const REQUEST_STATUSES = ["submitted", "assigned", "resolved"] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** The kinds of entry in a request's thread; `escalate` is internal and never shown to the enterprise. */
export const REQUEST_ENTRY_KINDS = ["message", "route", "reply", "resolve", "rate", "escalate"] as const;
export type RequestEntryKind = (typeof REQUEST_ENTRY_KINDS)[number];
export const REQUEST_ENTRIES_FOR_ENTERPRISE: readonly RequestEntryKind[] = [
  "message",
  "route",
  "reply",
  "resolve",
  "rate",
];

/** Attachments: a few files, each small enough to keep in the database. */
export const ATTACHMENT_LIMITS = { maxFiles: 3, maxBytes: 2 * 1024 * 1024 } as const;
export const ATTACHMENT_TYPES = [
  "application/pdf",
  "image/jpeg",
  "image/png",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/msword",
] as const;

/** 稳商留商: why a project in operation is at risk. */
export const RISK_KINDS = ["wants_to_move", "dispute", "falling_output", "other"] as const;
export type RiskKind = (typeof RISK_KINDS)[number];

/** Stages whose projects get after-care visits. */
export const AFTERCARE_STAGES = ["in_production", "operating"] as const;
export const DEFAULT_VISIT_EVERY_MONTHS = 3;

/** The date a visit is next due: the latest visit (or the start of production) plus the interval. */
export function nextVisitDue(lastVisitOn: string | null, since: string | null, everyMonths: number): string | null {
  const from = lastVisitOn ?? since;
  if (!from) return null;
  // A calendar date parsed, moved and printed in the same (local) zone: the zone cancels out.
  return format(addMonths(parseISO(from), everyMonths), "yyyy-MM-dd");
}
