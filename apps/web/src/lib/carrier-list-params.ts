import { CarrierFilter } from "@crm/domain";

/** The opportunity list's filter as it lives in the URL: short keys, comma lists. */
export type CarrierListState = CarrierFilter & { view?: "zones" };

const KEYS: [keyof CarrierFilter, string][] = [
  ["q", "q"],
  ["kinds", "kind"],
  ["states", "state"],
  ["zoneId", "zone"],
  ["chainId", "chain"],
  ["areaMuMin", "mumin"],
  ["areaMuMax", "mumax"],
  ["floorAreaMin", "sqmin"],
  ["floorAreaMax", "sqmax"],
  ["heightMin", "hmin"],
  ["loadMin", "lmin"],
  ["powerMin", "pmin"],
  ["staleOnly", "stale"],
];
const LISTS = new Set<keyof CarrierFilter>(["kinds", "states"]);

/** Reads the URL; anything malformed is dropped rather than refused, so an old link still opens. */
export function parseCarrierState(params: Record<string, string | string[] | undefined>): CarrierListState {
  const get = (k: string) => {
    const v = params[k];
    return Array.isArray(v) ? v[0] : v;
  };
  const out: Record<string, unknown> = {};
  for (const [key, short] of KEYS) {
    const text = get(short);
    if (!text) continue;
    const value = LISTS.has(key)
      ? text.split(",").filter(Boolean)
      : key === "staleOnly"
        ? text === "1"
        : key === "powerMin"
          ? Number(text)
          : text;
    const parsed = CarrierFilter.shape[key].safeParse(value);
    if (parsed.success && parsed.data !== undefined && parsed.data !== false) out[key] = parsed.data;
  }
  return { ...(out as CarrierFilter), ...(get("view") === "zones" ? { view: "zones" as const } : {}) };
}

export function carrierSearchParams(state: CarrierListState): URLSearchParams {
  const p = new URLSearchParams();
  for (const [key, short] of KEYS) {
    const v = state[key];
    if (v === undefined || v === false || (Array.isArray(v) && !v.length)) continue;
    p.set(short, Array.isArray(v) ? v.join(",") : v === true ? "1" : String(v));
  }
  if (state.view) p.set("view", state.view);
  return p;
}

/** The filter alone (what the list and the export take). */
export function filterOf({ view: _, ...filter }: CarrierListState): CarrierFilter {
  return filter;
}
