import { z } from "zod";

import { CARRIER_KINDS, CARRIER_STATES, LAND_READINESS, LAND_SUPPLY_STATES, SPACE_STATES } from "../opportunities";
import { CalendarDate, PHONE, Uuid } from "../schemas";

/**
 * The opportunity list's carriers (载体, DOMAIN §2 `opportunity`): a land parcel, a plant, a
 * building, a shop or a scenic/village resource, each kind with only the fields it needs.
 * Numbers are decimal strings as the database keeps them (亩, ㎡, m, t/㎡, 万元/亩, 元/㎡·月).
 */

const text = (max: number) => z.string().trim().max(max);
const version = z.number().int().positive();

/** A non-negative decimal with at most `frac` decimals and `int` integer digits, as a string. */
const decimal = (int: number, frac = 2) =>
  z
    .string()
    .trim()
    .regex(new RegExp(`^\\d{1,${int}}(\\.\\d{1,${frac}})?$`), "number.invalid");

export const Mu = decimal(10);
export const Sqm = decimal(10);
export const Meters = decimal(4);
export const TonsPerSqm = decimal(4);
export const WanPerMu = decimal(10);
export const YuanPerSqm = decimal(8);
const Kva = z.number().int().min(0).max(1_000_000);
const Latitude = z
  .string()
  .trim()
  .regex(/^-?\d{1,2}(\.\d{1,6})?$/, "number.invalid");
const Longitude = z
  .string()
  .trim()
  .regex(/^-?\d{1,3}(\.\d{1,6})?$/, "number.invalid");

/** A carrier's code: stable, unique, what the sheets and the investor edition show. */
export const CarrierCode = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9\u4e00-\u9fa5_\-·.()（）]+$/, "invalid");

// ---------------------------------------------------------------- list

export const CarrierFilter = z.object({
  kinds: z.array(z.enum(CARRIER_KINDS)).max(CARRIER_KINDS.length).optional(),
  zoneId: Uuid.optional(),
  states: z.array(z.enum(CARRIER_STATES)).max(CARRIER_STATES.length).optional(),
  chainId: Uuid.optional(),
  /** Code, name, location or planned use. */
  q: text(60).optional(),
  /** 亩 (a parcel's or a resource's area). */
  areaMuMin: Mu.optional(),
  areaMuMax: Mu.optional(),
  /** ㎡: a shop's floor area, or a plant's or building's free (vacant) area. */
  floorAreaMin: Sqm.optional(),
  floorAreaMax: Sqm.optional(),
  /** A free space at least / at most this: clear height (m), floor load (t/㎡), power (kVA). */
  heightMin: Meters.optional(),
  heightMax: Meters.optional(),
  loadMin: TonsPerSqm.optional(),
  loadMax: TonsPerSqm.optional(),
  powerMin: Kva.optional(),
  powerMax: Kva.optional(),
  /** Only the carriers on offer whose owner last confirmed them before the freshness limit. */
  staleOnly: z.boolean().optional(),
});
export type CarrierFilter = z.infer<typeof CarrierFilter>;

export const CarrierListInput = CarrierFilter.extend({
  limit: z.number().int().min(1).max(200).default(50),
  /** Keyset: the last row's code. */
  cursor: text(40).optional(),
});
export type CarrierListInput = z.input<typeof CarrierListInput>;

export const CarrierById = z.object({ id: Uuid });

/** The form's choices: for a new carrier, or for editing this one. */
export const CarrierFormOptionsInput = z.object({ id: Uuid.optional() });

// ---------------------------------------------------------------- create and update

/** A unit of a plant or building (a floor, a bay). Its vacant area is derived from its state. */
export const CarrierSpaceInput = z.object({
  label: text(40).min(1),
  floor: z.number().int().min(-5).max(200).nullable().optional(),
  areaSqm: Sqm,
  clearHeightM: Meters.nullable().optional(),
  floorLoadT: TonsPerSqm.nullable().optional(),
  powerKva: Kva.nullable().optional(),
  freightLift: z.boolean().default(false),
  rentYuanPerSqm: YuanPerSqm.nullable().optional(),
  state: z.enum(SPACE_STATES).default("free"),
});
export type CarrierSpaceInput = z.input<typeof CarrierSpaceInput>;

const common = {
  code: CarrierCode,
  name: text(80).min(2),
  zoneId: Uuid,
  chainId: Uuid.nullable().optional(),
  /** Chain nodes it suits (the map's node panel lists it there). */
  nodeIds: z.array(Uuid).max(20).optional(),
  locationText: text(200).min(2),
  description: text(2000).nullable().optional(),
  /** Who keeps it current: a zone, or the department owning a parcel. Defaults to the caller's unit (the bureau: the zone). */
  ownerUnitId: Uuid.nullable().optional(),
  contactName: text(30).nullable().optional(),
  contactPhone: z.string().trim().regex(PHONE, "number.invalid").nullable().optional(),
};

export const LandFields = z.object({
  kind: z.literal("land"),
  ...common,
  latitude: Latitude.nullable().optional(),
  longitude: Longitude.nullable().optional(),
  areaMu: Mu,
  plannedUse: text(60).nullable().optional(),
  plotRatio: decimal(3).nullable().optional(),
  intensityWanPerMu: WanPerMu.nullable().optional(),
  priceWanPerMu: WanPerMu.nullable().optional(),
  supplyState: z.enum(LAND_SUPPLY_STATES),
  readiness: z.enum(LAND_READINESS).nullable().optional(),
  availableFrom: CalendarDate.nullable().optional(),
});

const spaced = <K extends "factory" | "building">(kind: K) =>
  z.object({
    kind: z.literal(kind),
    ...common,
    plannedUse: text(60).nullable().optional(),
    spaces: z.array(CarrierSpaceInput).max(200).default([]),
  });
export const FactoryFields = spaced("factory");
export const BuildingFields = spaced("building");

export const ShopFields = z.object({
  kind: z.literal("shop"),
  ...common,
  floorAreaSqm: Sqm,
  plannedUse: text(60).nullable().optional(),
  rentYuanPerSqm: YuanPerSqm.nullable().optional(),
  availableFrom: CalendarDate.nullable().optional(),
});

export const ScenicFields = z.object({
  kind: z.literal("scenic"),
  ...common,
  latitude: Latitude.nullable().optional(),
  longitude: Longitude.nullable().optional(),
  areaMu: Mu.nullable().optional(),
  plannedUse: text(60).nullable().optional(),
});

/** A carrier's fields, per kind. */
export const CarrierFields = z.discriminatedUnion("kind", [
  LandFields,
  FactoryFields,
  BuildingFields,
  ShopFields,
  ScenicFields,
]);
export type CarrierFields = z.infer<typeof CarrierFields>;
export type CarrierFieldsInput = z.input<typeof CarrierFields>;

export const CreateCarrierInput = CarrierFields;
export type CreateCarrierInput = z.input<typeof CreateCarrierInput>;

/** All of a carrier's fields as edited (its kind stays; a plant's spaces are replaced by the list sent). */
export const UpdateCarrierInput = z.object({ id: Uuid, version, carrier: CarrierFields });
export type UpdateCarrierInput = z.input<typeof UpdateCarrierInput>;

// ---------------------------------------------------------------- state, freshness

/**
 * available → in_talks → taken (and back to available when talks fail). In talks and taken name
 * the lead or project that takes it; taken by a project records it as the carrier it lands on.
 */
export const MoveCarrierInput = z.object({
  id: Uuid,
  version,
  to: z.enum(CARRIER_STATES),
  /** Into talks: the lead or project (one the caller can see). Taken: keeps the link of the talks unless another is named. */
  leadId: Uuid.nullable().optional(),
  projectId: Uuid.nullable().optional(),
});
export type MoveCarrierInput = z.input<typeof MoveCarrierInput>;

/** The owner says it is still as described: verifiedOn becomes today. */
export const ConfirmCarrierInput = z.object({ id: Uuid, version });
export type ConfirmCarrierInput = z.input<typeof ConfirmCarrierInput>;

// ---------------------------------------------------------------- matching

/** What an investor needs. Every part is optional; the carriers are scored on the parts given. */
export const CarrierNeed = z.object({
  kinds: z.array(z.enum(CARRIER_KINDS)).max(CARRIER_KINDS.length).optional(),
  /** 亩 of land (or of a resource). */
  areaMu: Mu.optional(),
  /** ㎡ of floor space (a plant, a building, a shop). */
  areaSqm: Sqm.optional(),
  heightM: Meters.optional(),
  loadT: TonsPerSqm.optional(),
  powerKva: Kva.optional(),
  /** Planned use or industry, as words (e.g. 工业, 汽车, 商业). */
  use: text(40).optional(),
  zoneId: Uuid.optional(),
  /** The most the investor pays for land in all, 万元 (price × area). */
  budgetWan: decimal(12).optional(),
  /** The most rent, 元/㎡·月. */
  rentMax: YuanPerSqm.optional(),
});
export type CarrierNeed = z.infer<typeof CarrierNeed>;

/** Matching from a lead or a project (one of them), or for no one in particular. */
export const MatchCarriersInput = z
  .object({
    leadId: Uuid.optional(),
    projectId: Uuid.optional(),
    need: CarrierNeed,
    limit: z.number().int().min(1).max(50).default(20),
  })
  .refine((v) => !(v.leadId && v.projectId), { path: ["projectId"], message: "invalid" });
export type MatchCarriersInput = z.input<typeof MatchCarriersInput>;

/** The opportunity list's export takes the list's filter. */
export const ExportCarriersInput = CarrierFilter;

// ---------------------------------------------------------------- sheet labels

/** The Chinese names the sheets use (the pages word them through messages). */
export const CARRIER_KIND_LABELS = {
  land: "地块",
  factory: "厂房",
  building: "楼宇",
  shop: "商铺",
  scenic: "景区资源",
} as const satisfies Record<(typeof CARRIER_KINDS)[number], string>;
export const CARRIER_STATE_LABELS = {
  available: "可供",
  in_talks: "洽谈中",
  taken: "已落地",
} as const satisfies Record<(typeof CARRIER_STATES)[number], string>;
export const LAND_SUPPLY_LABELS = {
  reserved: "收储",
  ready: "熟地",
  approved_unsupplied: "已批未供",
  contracted: "已签约",
  under_construction: "在建",
} as const satisfies Record<(typeof LAND_SUPPLY_STATES)[number], string>;
export const LAND_READINESS_LABELS = {
  three: "三通一平",
  seven: "七通一平",
} as const satisfies Record<(typeof LAND_READINESS)[number], string>;

/** The carriers linked to one lead or one project (in talks with it, or taken by it). */
export const CarriersOfInput = z
  .object({ leadId: Uuid.optional(), projectId: Uuid.optional() })
  .refine((v) => !!v.leadId !== !!v.projectId, { path: ["projectId"], message: "invalid" });
export type CarriersOfInput = z.input<typeof CarriersOfInput>;
