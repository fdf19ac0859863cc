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
/** The sources' Chinese names in the lead spreadsheets (the pages word them through `leadSources`). */
export const LEAD_SOURCE_LABELS: Record<LeadSource, string> = {
  department: "部门推荐",
  town: "镇街上报",
  event: "招商活动",
  chamber: "异地商会",
  leader_trip: "外出招商考察",
  platform: "招商平台",
  self_visit: "自主走访",
};

/** new → assigned → converted (to a project) | dropped (with reason); merged into another lead. */
export const LEAD_STATUSES = ["new", "assigned", "converted", "dropped", "merged"] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

export const FOLLOW_UP_KINDS = ["visit", "call", "meeting", "negotiation", "note"] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];
