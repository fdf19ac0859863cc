import { todayInShanghai } from "@crm/domain";

import { uuidParam } from "./drill-params";

type Params = Record<string, string | string[] | undefined>;

/** The first year the cockpit offers (the demo history starts there). */
const FIRST_YEAR = 2022;

/**
 * The cockpit's filters from the URL: this year unless another is asked. The server locks a zone
 * task force to its own zone (and refuses another zone asked for in the URL).
 */
export function cockpitParams(params: Params) {
  const thisYear = Number(todayInShanghai().slice(0, 4));
  const asked = Number(Array.isArray(params.year) ? params.year[0] : params.year);
  const year = Number.isInteger(asked) && asked >= FIRST_YEAR && asked <= thisYear ? asked : thisYear;
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);
  return {
    input: {
      year,
      zoneId: uuidParam(params, "zone"),
      chainId: uuidParam(params, "chain"),
    },
    years,
  };
}
