/** Where a lead came from (DOMAIN §2). */
export const LEAD_SOURCES = [
  "department",
  "town",
  "event",
  "chamber",
  "leader_trip",
  "platform",
  "self_visit",
] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];

/** new → assigned → converted (to a project) | dropped (with reason); merged into another lead. */
export const LEAD_STATUSES = ["new", "assigned", "converted", "dropped", "merged"] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

export const FOLLOW_UP_KINDS = ["visit", "call", "meeting", "negotiation", "note"] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];
