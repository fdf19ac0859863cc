import { z } from "zod";

import { CalendarDate, Uuid, WanAmount } from "../schemas";
import { MEETING_INTERESTS, TRIP_STATUSES } from "../trips";

// 外出招商: trips, their delegation and targets, the meetings held on them, the debrief (DOMAIN §2).

const text = (max: number) => z.string().trim().max(max);
const version = z.number().int().positive();
const optionalText = (max: number) =>
  text(max)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));
const goal = z
  .number({ error: "trips.goalInvalid" })
  .int("trips.goalInvalid")
  .min(0, "trips.goalInvalid")
  .max(999, "trips.goalInvalid");

export const TripListInput = z.object({
  phase: z.enum(TRIP_STATUSES).optional(),
  year: z.number().int().min(2000).max(2100).optional(),
  q: text(60).optional(),
});
export type TripListInput = z.input<typeof TripListInput>;

export const TripFields = z
  .object({
    title: text(80).min(2, "trips.titleRequired"),
    destinations: z.array(text(40).min(1)).min(1, "trips.destinationsRequired").max(12),
    startsOn: CalendarDate,
    endsOn: CalendarDate,
    purpose: optionalText(1000),
    chainIds: z.array(Uuid).max(12).default([]),
    goalMeetings: goal.default(0),
    goalLeads: goal.default(0),
    goalSignings: goal.default(0),
    costWan: z
      .union([z.literal(""), WanAmount])
      .optional()
      .nullable()
      .transform((v) => (v ? v : null)),
    memberIds: z.array(Uuid).min(1, "trips.membersRequired").max(40),
  })
  .refine((t) => t.endsOn >= t.startsOn, { message: "trips.endsBeforeStart", path: ["endsOn"] });
export type TripFields = z.input<typeof TripFields>;

export const CreateTripInput = TripFields;
export type CreateTripInput = z.input<typeof CreateTripInput>;

export const UpdateTripInput = z.object({ id: Uuid, version, fields: TripFields });
export type UpdateTripInput = z.input<typeof UpdateTripInput>;

/** A target on the trip's list: one from 目标企业库, or a name added for this trip. */
export const AddTripTargetInput = z
  .object({
    tripId: Uuid,
    prospectId: Uuid.optional().nullable(),
    enterpriseName: optionalText(120),
  })
  .refine((t) => Boolean(t.prospectId) !== Boolean(t.enterpriseName), {
    message: "trips.targetRequired",
    path: ["enterpriseName"],
  });
export type AddTripTargetInput = z.input<typeof AddTripTargetInput>;

export const RemoveTripTargetInput = z.object({ tripId: Uuid, targetId: Uuid });

export const MeetingFields = z.object({
  meetsOn: CalendarDate,
  enterpriseName: text(120).min(2, "trips.enterpriseRequired"),
  people: optionalText(200),
  interest: z.enum(MEETING_INTERESTS),
  nextStep: optionalText(500),
  /** Planned (not yet held) or held. */
  held: z.boolean().default(true),
});
export type MeetingFields = z.input<typeof MeetingFields>;

export const RecordTripMeetingInput = MeetingFields.extend({ tripId: Uuid });
export type RecordTripMeetingInput = z.input<typeof RecordTripMeetingInput>;

export const UpdateTripMeetingInput = z.object({ id: Uuid, version, fields: MeetingFields });
export type UpdateTripMeetingInput = z.input<typeof UpdateTripMeetingInput>;

/**
 * The meeting's outcome becomes a lead for a zone (or a department), through the duplicate check:
 * where leads for the enterprise exist the answer lists them and the caller joins one (joinLeadId).
 */
export const TripMeetingLeadInput = z.object({
  id: Uuid,
  version,
  assigneeUnitId: Uuid,
  joinLeadId: Uuid.optional(),
});
export type TripMeetingLeadInput = z.input<typeof TripMeetingLeadInput>;

export const TripDebriefInput = z.object({
  id: Uuid,
  version,
  debrief: text(4000).min(2, "trips.debriefRequired"),
  costWan: z
    .union([z.literal(""), WanAmount])
    .optional()
    .nullable()
    .transform((v) => (v ? v : null)),
});
export type TripDebriefInput = z.input<typeof TripDebriefInput>;

export const TripYearInput = z.object({ year: z.number().int().min(2000).max(2100) });
