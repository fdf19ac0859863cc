import { z } from "zod";

import { CalendarDate, PHONE, Uuid, WanAmount } from "../schemas";

const text = (max: number) => z.string().trim().max(max);
const version = z.number().int().positive();

/** 推介会, 签约仪式, 湘商回归, 展会, other (活动招商, issue 16). */
export const PROMO_EVENT_KINDS = ["roadshow", "signing", "homecoming", "expo", "other"] as const;
export type PromoEventKind = (typeof PROMO_EVENT_KINDS)[number];

export const PromoEventFields = z.object({
  kind: z.enum(PROMO_EVENT_KINDS),
  title: text(120).min(2, "event.titleRequired"),
  heldOn: CalendarDate,
  place: text(200).optional().nullable(),
  organisers: text(500).optional().nullable(),
  /** What the event cost, in 万元, where it is kept. */
  costWan: WanAmount.optional().nullable(),
});
export type PromoEventFields = z.infer<typeof PromoEventFields>;

export const CreatePromoEventInput = PromoEventFields;
export type CreatePromoEventInput = z.infer<typeof CreatePromoEventInput>;

export const UpdatePromoEventInput = PromoEventFields.extend({ id: Uuid, version });
export type UpdatePromoEventInput = z.infer<typeof UpdatePromoEventInput>;

export const PromoEventListInput = z.object({ year: z.number().int().min(2000).max(2100).optional() });
export type PromoEventListInput = z.infer<typeof PromoEventListInput>;

/** An invitee or attendee: an enterprise and its person. */
export const AddAttendeeInput = z.object({
  eventId: Uuid,
  enterpriseName: text(120).min(2, "enterprise.nameRequired"),
  person: text(40).optional().nullable(),
  phone: z.string().trim().regex(PHONE, "profile.phoneInvalid").optional().nullable().or(z.literal("")),
  invited: z.boolean().default(true),
});
export type AddAttendeeInput = z.infer<typeof AddAttendeeInput>;

export const CheckInInput = z.object({ attendeeId: Uuid, version, undo: z.boolean().default(false) });
export type CheckInInput = z.infer<typeof CheckInInput>;

/** Raise a lead from an attendee, through the lead's duplicate check (source `event`). */
export const RaiseAttendeeLeadInput = z.object({
  attendeeId: Uuid,
  version,
  acknowledgeDuplicates: z.boolean().default(false),
  mergeIntoId: Uuid.optional().nullable(),
});
export type RaiseAttendeeLeadInput = z.infer<typeof RaiseAttendeeLeadInput>;

/** A signing at an event: an existing project and the amount signed there. */
export const AddSigningInput = z.object({
  eventId: Uuid,
  projectId: Uuid,
  signedAmountWan: WanAmount,
});
export type AddSigningInput = z.infer<typeof AddSigningInput>;

export const PromoEventResultsInput = z.object({ year: z.number().int().min(2000).max(2100) });
export type PromoEventResultsInput = z.infer<typeof PromoEventResultsInput>;
