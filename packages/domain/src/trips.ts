/** 外出招商 (DOMAIN §2): a trip's state, as the bureau keeps it. */
export const TRIP_STATUSES = ["planned", "under_way", "done"] as const;
export type TripStatus = (typeof TRIP_STATUSES)[number];

/** How interested the enterprise met on a trip seemed. */
export const MEETING_INTERESTS = ["high", "medium", "low", "none"] as const;
export type MeetingInterest = (typeof MEETING_INTERESTS)[number];

/** A meeting whose interest is one of these is promising: it gets a follow-up task. */
export const PROMISING_INTERESTS: readonly MeetingInterest[] = ["high", "medium"];

/**
 * Working days the unit a trip's lead went to has for its follow-up, by default (the five);
 * the bureau sets it in the response policy (`tripFollowUpDays`, /admin/rules).
 */
export const TRIP_FOLLOW_UP_WORKING_DAYS = 5;

/** Where a trip stands on a day: planned before it leaves, under way while out, done after (or once debriefed). */
export function tripPhase(trip: { startsOn: string; endsOn: string; status: TripStatus }, today: string): TripStatus {
  if (trip.status === "done") return "done";
  if (today < trip.startsOn) return "planned";
  if (today <= trip.endsOn) return "under_way";
  return "done";
}
