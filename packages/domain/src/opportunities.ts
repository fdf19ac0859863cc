/**
 * 机会清单 (the "one list"): what the district can offer an investor — carriers (载体) — and the
 * enterprises it wants to attract (目标企业库). DOMAIN §2 `opportunity`.
 */

import { addDaysToDate } from "./dates";

/**
 * A carrier or target last confirmed before this day is stale as of `asOf` under the bureau's
 * freshness limit (calendar days); the monthly dispatch asks its owner to confirm or update it.
 */
export function staleBefore(asOf: string, freshnessDays: number): string {
  return addDaysToDate(asOf, -freshnessDays);
}

/**
 * Whether a target must be re-confirmed: only an open one (a raised or dropped target is history),
 * last confirmed before the cutoff (`staleBefore`). The SQL twin is api `prospectStale`.
 */
export function prospectIsStale(p: { status: string; verifiedOn: string }, cutoff: string): boolean {
  return p.status === "open" && p.verifiedOn < cutoff;
}

/** 地块, 厂房, 楼宇, 商铺, 景区资源. */
export const CARRIER_KINDS = ["land", "factory", "building", "shop", "scenic"] as const;
export type CarrierKind = (typeof CARRIER_KINDS)[number];

/** Plants and buildings are let by their units (floors, bays); vacancy is derived from them. */
export const KINDS_WITH_SPACES: readonly CarrierKind[] = ["factory", "building"];

/** available → in_talks → taken, each step linked to the lead or project that takes it. */
export const CARRIER_STATES = ["available", "in_talks", "taken"] as const;
export type CarrierState = (typeof CARRIER_STATES)[number];

/** A parcel's supply state: 收储, 熟地, 已批未供, 已签约, 在建. */
export const LAND_SUPPLY_STATES = [
  "reserved",
  "ready",
  "approved_unsupplied",
  "contracted",
  "under_construction",
] as const;
export type LandSupplyState = (typeof LAND_SUPPLY_STATES)[number];

/** 三通一平, 七通一平. */
export const LAND_READINESS = ["three", "seven"] as const;
export type LandReadiness = (typeof LAND_READINESS)[number];

/** A unit of a plant or building: free, let, reserved. */
export const SPACE_STATES = ["free", "let", "reserved"] as const;
export type SpaceState = (typeof SPACE_STATES)[number];

/** A target enterprise's size. */
export const PROSPECT_SIZE_BANDS = ["small", "medium", "large", "giant"] as const;
export type ProspectSizeBand = (typeof PROSPECT_SIZE_BANDS)[number];

/** 上市, 专精特新, 小巨人, 高新技术企业, 500强. */
export const PROSPECT_TAGS = ["listed", "specialized", "little_giant", "high_tech", "fortune500"] as const;
export type ProspectTag = (typeof PROSPECT_TAGS)[number];

/** open until it becomes a lead (through the duplicate check) or the bureau drops it. */
export const PROSPECT_STATUSES = ["open", "lead_raised", "dropped"] as const;
export type ProspectStatus = (typeof PROSPECT_STATUSES)[number];

/** What an investor link (推介版) shows: one chain's map, or the opportunity list. */
export const SHARE_KINDS = ["chain", "opportunities"] as const;
export type ShareKind = (typeof SHARE_KINDS)[number];
