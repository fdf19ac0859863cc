/**
 * Matching an investor's need against the carriers on offer (机会清单), and a plant's or
 * building's vacancy. Pure: the api loads the candidates, this scores them. Vacancy is always
 * derived from the spaces, never stored.
 */
import type { CarrierNeed } from "./contracts/carrier";
import { fromCents, toCents } from "./money";
import type { CarrierKind, CarrierState, SpaceState } from "./opportunities";

export interface VacancySpace {
  areaSqm: string;
  state: SpaceState;
}

export interface Vacancy {
  /** ㎡, two decimals, as strings. */
  totalSqm: string;
  vacantSqm: string;
  letSqm: string;
  reservedSqm: string;
  spaces: number;
  freeSpaces: number;
  /** Vacant ÷ total, 0 when there is no space. */
  rate: number;
}

const sum = (values: readonly string[]) => values.reduce((a, v) => a + toCents(v), 0n);

/** A plant's, building's or zone's vacancy from its spaces: free area is vacant, let and reserved are not. */
export function vacancyOf(spaces: readonly VacancySpace[]): Vacancy {
  const by = (s: SpaceState) => sum(spaces.filter((x) => x.state === s).map((x) => x.areaSqm));
  const total = sum(spaces.map((x) => x.areaSqm));
  const vacant = by("free");
  return {
    totalSqm: fromCents(total),
    vacantSqm: fromCents(vacant),
    letSqm: fromCents(by("let")),
    reservedSqm: fromCents(by("reserved")),
    spaces: spaces.length,
    freeSpaces: spaces.filter((x) => x.state === "free").length,
    rate: total === 0n ? 0 : Number((vacant * 10000n) / total) / 10000,
  };
}

export interface MatchSpace extends VacancySpace {
  clearHeightM: string | null;
  floorLoadT: string | null;
  powerKva: number | null;
  rentYuanPerSqm: string | null;
}

export interface MatchCandidate {
  id: string;
  code: string;
  kind: CarrierKind;
  state: CarrierState;
  zoneId: string;
  name: string;
  plannedUse: string | null;
  chainName?: string | null;
  areaMu: string | null;
  floorAreaSqm: string | null;
  priceWanPerMu: string | null;
  rentYuanPerSqm: string | null;
  spaces: readonly MatchSpace[];
}

export const MATCH_CRITERIA = ["area", "zone", "use", "budget", "rent", "height", "load", "power"] as const;
export type MatchCriterion = (typeof MATCH_CRITERIA)[number];

/** How much each part of the need weighs in the score. */
export const MATCH_WEIGHTS: Record<MatchCriterion, number> = {
  area: 30,
  zone: 15,
  use: 15,
  budget: 15,
  rent: 10,
  height: 10,
  load: 10,
  power: 10,
};

/**
 * Why a carrier scored as it did on one part of the need: it fits; it falls short (`gap`: by how
 * much, in the part's unit — area, height, load and power short of the need, budget and rent over
 * it); or it cannot tell (a parcel has no clear height yet, a building's spaces say nothing of load).
 */
export interface MatchReason {
  criterion: MatchCriterion;
  result: "fits" | "short" | "unknown";
  /** What the need asked, and what the carrier offers, in the part's unit (亩, ㎡, m, t/㎡, kVA, 万元, 元/㎡·月). */
  want: string;
  have: string | null;
  unit: "mu" | "sqm" | "m" | "t" | "kva" | "wan" | "yuanPerSqm" | null;
  gap?: string;
  /** A parcel meets a clear-height, load or power need by building to suit (按需建设), not by what stands there. */
  builtToSuit?: true;
}

export interface CarrierMatch<C extends MatchCandidate> {
  carrier: C;
  /** 0–100: the weighted share of the need it meets; null when the need gives nothing to score on. */
  score: number | null;
  reasons: MatchReason[];
}

const num = (v: string | number | null | undefined) => (v === null || v === undefined || v === "" ? null : Number(v));
const fmt = (n: number) => String(Math.round(n * 100) / 100);
const SPACED: readonly CarrierKind[] = ["factory", "building"];

/** The best a plant's or building's free spaces offer: their total area, the highest, strongest, most powered, cheapest. */
function freeSpaceOffer(spaces: readonly MatchSpace[]) {
  const free = spaces.filter((s) => s.state === "free");
  const max = (xs: (number | null)[]) => {
    const known = xs.filter((x): x is number => x !== null);
    return known.length ? Math.max(...known) : null;
  };
  const rents = free.map((s) => num(s.rentYuanPerSqm)).filter((x): x is number => x !== null);
  return {
    vacantSqm: Number(vacancyOf(spaces).vacantSqm),
    height: max(free.map((s) => num(s.clearHeightM))),
    load: max(free.map((s) => num(s.floorLoadT))),
    power: max(free.map((s) => s.powerKva)),
    rent: rents.length ? Math.min(...rents) : null,
  };
}

/**
 * One scored part: the reason shown, and the points it earns of its weight — all when it fits,
 * half when the carrier cannot tell, and when it falls short a share of half: the share of a
 * minimum it reaches, or the share of its cost a maximum covers. Zone and use earn all or nothing.
 * The points come from the numbers themselves, not from the two-decimal text the reason shows.
 * `carrier/match-sql.ts` in the api computes the same points in SQL (a property test holds the two
 * together): change both or neither.
 */
interface Scored {
  reason: MatchReason;
  points: number;
}

const half = (criterion: MatchCriterion, share: number) =>
  (MATCH_WEIGHTS[criterion] / 2) * Math.max(0, Math.min(1, share));

function atLeast(criterion: MatchCriterion, want: number, have: number | null, unit: MatchReason["unit"]): Scored {
  const w = MATCH_WEIGHTS[criterion];
  if (have === null)
    return { reason: { criterion, result: "unknown", want: fmt(want), have: null, unit }, points: w / 2 };
  return have >= want
    ? { reason: { criterion, result: "fits", want: fmt(want), have: fmt(have), unit }, points: w }
    : {
        reason: { criterion, result: "short", want: fmt(want), have: fmt(have), unit, gap: fmt(want - have) },
        points: half(criterion, want > 0 ? have / want : 0),
      };
}

function atMost(criterion: MatchCriterion, limit: number, cost: number | null, unit: MatchReason["unit"]): Scored {
  const w = MATCH_WEIGHTS[criterion];
  if (cost === null)
    return { reason: { criterion, result: "unknown", want: fmt(limit), have: null, unit }, points: w / 2 };
  return cost <= limit
    ? { reason: { criterion, result: "fits", want: fmt(limit), have: fmt(cost), unit }, points: w }
    : {
        reason: { criterion, result: "short", want: fmt(limit), have: fmt(cost), unit, gap: fmt(cost - limit) },
        points: half(criterion, cost > 0 ? limit / cost : 0),
      };
}

const exactly = (criterion: "zone" | "use", fits: boolean, want: string, have: string | null): Scored => ({
  reason: { criterion, result: fits ? "fits" : "short", want, have, unit: null },
  points: fits ? MATCH_WEIGHTS[criterion] : 0,
});

/** The scored parts of one carrier against the need, one per part of the need that was given, in MATCH_CRITERIA's order. */
function scoreParts(c: MatchCandidate, need: CarrierNeed): Scored[] {
  const parts: Scored[] = [];
  const spaced = SPACED.includes(c.kind);
  const offer = spaced ? freeSpaceOffer(c.spaces) : null;
  const n = needNumbers(need);
  const { areaMu, areaSqm } = n;
  if (areaMu !== null && (c.kind === "land" || c.kind === "scenic"))
    parts.push(atLeast("area", areaMu, num(c.areaMu), "mu"));
  else if (areaSqm !== null && (spaced || c.kind === "shop"))
    parts.push(atLeast("area", areaSqm, offer ? offer.vacantSqm : num(c.floorAreaSqm), "sqm"));
  // An area in the other unit than the carrier is measured in: it offers none of what was asked.
  else if (areaMu !== null || areaSqm !== null)
    parts.push({
      reason: {
        criterion: "area",
        result: "short",
        want: fmt((areaMu ?? areaSqm)!),
        have: null,
        unit: areaMu !== null ? "mu" : "sqm",
      },
      points: 0,
    });
  if (need.zoneId) parts.push(exactly("zone", c.zoneId === need.zoneId, need.zoneId, c.zoneId));
  if (need.use) {
    const word = need.use.trim().toLowerCase();
    const hay = [c.plannedUse, c.name, c.chainName].filter(Boolean).join(" ").toLowerCase();
    parts.push(exactly("use", hay.includes(word), need.use, c.plannedUse));
  }
  const budget = n.budgetWan;
  if (budget !== null && c.kind === "land") {
    const price = num(c.priceWanPerMu);
    const area = Math.min(areaMu ?? Infinity, num(c.areaMu) ?? Infinity);
    parts.push(atMost("budget", budget, price === null || !Number.isFinite(area) ? null : price * area, "wan"));
  }
  const rentMax = n.rentMax;
  if (rentMax !== null && (spaced || c.kind === "shop"))
    parts.push(atMost("rent", rentMax, offer ? offer.rent : num(c.rentYuanPerSqm), "yuanPerSqm"));
  const built = (criterion: "height" | "load" | "power", want: number | null, unit: MatchReason["unit"]) => {
    if (want === null) return;
    if (offer) parts.push(atLeast(criterion, want, offer[criterion], unit));
    // A parcel is built to suit; a shop or a resource cannot tell.
    else if (c.kind === "land")
      parts.push({
        reason: { criterion, result: "fits", want: fmt(want), have: null, unit, builtToSuit: true },
        points: MATCH_WEIGHTS[criterion],
      });
    else
      parts.push({
        reason: { criterion, result: "unknown", want: fmt(want), have: null, unit },
        points: MATCH_WEIGHTS[criterion] / 2,
      });
  };
  built("height", n.heightM, "m");
  built("load", n.loadT, "t");
  built("power", n.powerKva, "kva");
  return parts;
}

/** The reasons one carrier earns against the need, one per part of the need that was given. */
export function matchReasons(c: MatchCandidate, need: CarrierNeed): MatchReason[] {
  return scoreParts(c, need).map((p) => p.reason);
}

/** The need's numbers as matching reads them: a blank or missing part is null. */
export function needNumbers(need: CarrierNeed) {
  return {
    areaMu: num(need.areaMu),
    areaSqm: num(need.areaSqm),
    heightM: num(need.heightM),
    loadT: num(need.loadT),
    powerKva: need.powerKva ?? null,
    budgetWan: num(need.budgetWan),
    rentMax: num(need.rentMax),
  };
}

/** The parts of a need that are scored (the kinds only filter): a need without one of them has no score. */
export const SCORED_NEED_PARTS = [
  "areaMu",
  "areaSqm",
  "heightM",
  "loadT",
  "powerKva",
  "use",
  "zoneId",
  "budgetWan",
  "rentMax",
] as const satisfies readonly (keyof CarrierNeed)[];

/** Whether the need gives at least one part to score on (a blank word or number is not given). */
export function needHasCriteria(need: CarrierNeed): boolean {
  return SCORED_NEED_PARTS.some((k) => {
    const v = need[k];
    return v !== undefined && v !== null && String(v).trim() !== "";
  });
}

/**
 * The carriers that may serve the need, best first, each with its reasons. Taken carriers and
 * those of a kind the need excludes are left out; the rest are scored on the parts of the need
 * given. A need with no scored part gives no score (null), not 100 for everything: the carriers
 * then come by state and code. Ties: more parts fitting, then the code.
 */
export function matchCarriers<C extends MatchCandidate>(
  candidates: readonly C[],
  need: CarrierNeed,
  limit = 20,
): CarrierMatch<C>[] {
  const out: (CarrierMatch<C> & { fits: number })[] = [];
  const scored = needHasCriteria(need);
  for (const carrier of candidates) {
    if (carrier.state === "taken") continue;
    if (need.kinds?.length && !need.kinds.includes(carrier.kind)) continue;
    const parts = scoreParts(carrier, need);
    const reasons = parts.map((p) => p.reason);
    const weight = reasons.reduce((a, r) => a + MATCH_WEIGHTS[r.criterion], 0);
    const got = parts.reduce((a, p) => a + p.points, 0);
    // Nothing of the need applies to this carrier (a rent limit against a parcel): no score either.
    const score = !scored || weight === 0 ? null : Math.round((100 * got) / weight);
    out.push({ carrier, score, reasons, fits: reasons.filter((r) => r.result === "fits").length });
  }
  out.sort(
    (a, b) =>
      (b.score ?? -1) - (a.score ?? -1) ||
      b.fits - a.fits ||
      (a.carrier.state === b.carrier.state ? 0 : a.carrier.state === "available" ? -1 : 1) ||
      // By code point, as PostgreSQL's "C" collation orders them.
      (a.carrier.code < b.carrier.code ? -1 : a.carrier.code > b.carrier.code ? 1 : 0),
  );
  return out.slice(0, limit).map(({ fits: _, ...m }) => m);
}
