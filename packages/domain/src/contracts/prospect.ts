import { z } from "zod";

import { LEAD_SOURCES } from "../leads";
import { PROSPECT_SIZE_BANDS, PROSPECT_STATUSES, PROSPECT_TAGS } from "../opportunities";
import { CalendarDate, CreditCode, PHONE, Uuid } from "../schemas";

// 目标企业库: enterprises not yet here, each tied to the chain node it would strengthen (DOMAIN §2).

const text = (max: number) => z.string().trim().max(max);
const version = z.number().int().positive();
/** An optional text: blank reads as none. */
const optionalText = (max: number) =>
  text(max)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

/** How the ranked list is ordered: by score (best first), by name, or oldest confirmation first. */
export const PROSPECT_ORDERS = ["score", "name", "verifiedOn"] as const;
export type ProspectOrder = (typeof PROSPECT_ORDERS)[number];

export const ProspectListInput = z.object({
  chainId: Uuid.optional(),
  nodeId: Uuid.optional(),
  /** 总部所在地 as kept (a province or region). */
  region: text(40).optional(),
  tag: z.enum(PROSPECT_TAGS).optional(),
  /** Open targets unless asked otherwise. */
  status: z.enum(PROSPECT_STATUSES).default("open"),
  q: text(60).optional(),
  order: z.enum(PROSPECT_ORDERS).default("score"),
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).max(100_000).default(0),
});
export type ProspectListInput = z.input<typeof ProspectListInput>;

export const ProspectFields = z.object({
  name: text(120).min(2, "prospects.nameRequired"),
  creditCode: z
    .union([z.literal(""), CreditCode])
    .optional()
    .nullable()
    .transform((v) => (v ? v : null)),
  chainId: Uuid,
  nodeId: Uuid.optional().nullable(),
  sizeBand: z.enum(PROSPECT_SIZE_BANDS),
  tags: z
    .array(z.enum(PROSPECT_TAGS))
    .max(PROSPECT_TAGS.length)
    .transform((tags) => PROSPECT_TAGS.filter((t) => tags.includes(t))),
  hqRegion: optionalText(40),
  hqCity: optionalText(40),
  /** Where the tip came from (a trip, a chamber of commerce, a report). */
  tipSource: optionalText(120),
  riskPoints: z
    .number({ error: "prospects.riskInvalid" })
    .int("prospects.riskInvalid")
    .min(0, "prospects.riskInvalid")
    .max(10, "prospects.riskInvalid"),
  riskNote: optionalText(500),
  contactName: optionalText(40),
  contactPhone: z
    .union([z.literal(""), z.string().trim().regex(PHONE, "profile.phoneInvalid")])
    .optional()
    .nullable()
    .transform((v) => (v ? v : null)),
  notes: optionalText(2000),
});
export type ProspectFields = z.input<typeof ProspectFields>;

/** A new target; the bureau may name the unit that keeps it current (a zone keeps its own). */
export const CreateProspectInput = ProspectFields.extend({
  tags: ProspectFields.shape.tags.default([]),
  riskPoints: ProspectFields.shape.riskPoints.default(0),
  ownerUnitId: Uuid.optional().nullable(),
});
export type CreateProspectInput = z.input<typeof CreateProspectInput>;

export const UpdateProspectInput = z.object({
  id: Uuid,
  version,
  patch: ProspectFields.partial().extend({ ownerUnitId: Uuid.optional() }),
});
export type UpdateProspectInput = z.input<typeof UpdateProspectInput>;

export const DropProspectInput = z.object({
  id: Uuid,
  version,
  reason: text(500).min(2, "prospects.reasonRequired"),
});
export type DropProspectInput = z.input<typeof DropProspectInput>;

/** Still current: its owner confirms it today (verifiedOn = today). */
export const ConfirmProspectInput = z.object({ id: Uuid, version });
export type ConfirmProspectInput = z.input<typeof ConfirmProspectInput>;

/** Turns a target into a lead for a zone task force, through the leads' duplicate check. */
export const RaiseProspectLeadInput = z.object({
  prospectId: Uuid,
  version,
  zoneId: Uuid,
  /** When the zone is to have acted on it; a month from today when not given. */
  dueOn: CalendarDate.optional().nullable(),
  source: z.enum(LEAD_SOURCES).default("leader_trip"),
});
export type RaiseProspectLeadInput = z.input<typeof RaiseProspectLeadInput>;
