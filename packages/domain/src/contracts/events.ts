import { z } from "zod";

import { CalendarDate, PHONE, Uuid, WanAmount } from "../schemas";
import type { SheetColumn } from "../sheet-headers";
import { IMPORT_LIMITS, SheetUpload } from "./transfer";

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

/** The columns of an invitee/attendee sheet (the names department and organiser sheets use too). */
export const ATTENDEE_COLUMNS = [
  {
    key: "enterpriseName",
    header: "企业名称",
    required: true,
    aliases: ["单位名称", "企业", "参会企业", "参会单位", "公司名称"],
  },
  { key: "person", header: "参会人", aliases: ["姓名", "参会人员", "联系人", "企业家"] },
  { key: "phone", header: "联系电话", aliases: ["电话", "手机", "手机号", "手机号码", "联系方式"] },
] as const satisfies readonly SheetColumn[];
export type AttendeeColumn = (typeof ATTENDEE_COLUMNS)[number]["key"];
export type AttendeeSheetRow = Record<AttendeeColumn, string>;

/** An uploaded invitee/attendee sheet for an event: previewed, nothing written. */
export const PreviewAttendeesInput = SheetUpload.extend({ eventId: Uuid });
export type PreviewAttendeesInput = z.infer<typeof PreviewAttendeesInput>;

/** The previewed rows sent back to be written, all or none. */
export const ImportAttendeesInput = z.object({
  eventId: Uuid,
  rows: z
    .array(
      z.object({ enterpriseName: z.string().max(2000), person: z.string().max(2000), phone: z.string().max(2000) }),
    )
    .min(1)
    .max(IMPORT_LIMITS.maxRows),
});
export type ImportAttendeesInput = z.infer<typeof ImportAttendeesInput>;
