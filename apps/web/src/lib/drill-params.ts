import { CalendarDate, Uuid } from "@crm/domain";

type Params = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** A uuid from the URL, or nothing when it is missing or malformed (an old link still opens). */
export const uuidParam = (params: Params, key: string) => {
  const parsed = Uuid.safeParse(first(params[key]));
  return parsed.success ? parsed.data : undefined;
};

/** A calendar day from the URL, or nothing. */
export const dateParam = (params: Params, key: string) => {
  const parsed = CalendarDate.safeParse(first(params[key]));
  return parsed.success ? parsed.data : undefined;
};

/** The zone and chain a cockpit drill-down narrows a list to. */
export const zoneAndChainParams = (params: Params) => ({
  zoneId: uuidParam(params, "zone"),
  chainId: uuidParam(params, "chain"),
});
