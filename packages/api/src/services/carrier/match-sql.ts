import { sql } from "@crm/db";
import type { SQL } from "drizzle-orm";
import { MATCH_WEIGHTS, needHasCriteria, needNumbers, type CarrierNeed, type MatchCriterion } from "@crm/domain";

/**
 * The match score of domain `matchCarriers`, computed in SQL so that only the best few carriers
 * leave the database, not every one on offer. The same points part by part, in double precision,
 * added in the same order, rounded the same way (`floor(x + 0.5)` is Math.round for a score ≥ 0):
 * the property test in carrier-match-sql.test.ts holds the two together. Change both or neither.
 */
export interface MatchColumns {
  kind: SQL;
  zoneId: SQL;
  plannedUse: SQL;
  name: SQL;
  chainName: SQL;
  areaMu: SQL;
  floorAreaSqm: SQL;
  priceWanPerMu: SQL;
  rentYuanPerSqm: SQL;
  /** A plant's or building's free spaces: their total area, the highest, strongest, most powered, cheapest. */
  freeAreaSqm: SQL;
  freeHeightM: SQL;
  freeLoadT: SQL;
  freePowerKva: SQL;
  freeRent: SQL;
}

interface Part {
  criterion: MatchCriterion;
  /** Whether the part applies to the row (it then weighs its weight). */
  applies: SQL;
  points: SQL;
  fits: SQL;
}

const f8 = (n: number) => sql`${n}::float8`;
const float = (column: SQL) => sql`(${column})::float8`;

function atLeast(criterion: MatchCriterion, want: number, have: SQL): Pick<Part, "points" | "fits"> {
  const w = MATCH_WEIGHTS[criterion];
  return {
    points: sql`case when ${have} is null then ${f8(w / 2)} when ${have} >= ${f8(want)} then ${f8(w)}
      else ${f8(w / 2)} * greatest(0::float8, least(1::float8, ${want > 0 ? sql`${have} / ${f8(want)}` : f8(0)})) end`,
    fits: sql`coalesce(${have} >= ${f8(want)}, false)`,
  };
}

function atMost(criterion: MatchCriterion, limit: number, cost: SQL): Pick<Part, "points" | "fits"> {
  const w = MATCH_WEIGHTS[criterion];
  return {
    points: sql`case when ${cost} is null then ${f8(w / 2)} when ${cost} <= ${f8(limit)} then ${f8(w)}
      else ${f8(w / 2)} * greatest(0::float8, least(1::float8, case when ${cost} > 0 then ${f8(limit)} / ${cost} else 0::float8 end)) end`,
    fits: sql`coalesce(${cost} <= ${f8(limit)}, false)`,
  };
}

const always = sql`true`;

/** The parts of the need that were given, in MATCH_CRITERIA's order, as SQL over the row. */
function parts(c: MatchColumns, need: CarrierNeed): Part[] {
  const n = needNumbers(need);
  const spaced = sql`${c.kind} in ('factory', 'building')`;
  const land = sql`${c.kind} = 'land'`;
  const vacant = sql`coalesce(${float(c.freeAreaSqm)}, 0::float8)`;
  const out: Part[] = [];
  if (n.areaMu !== null || n.areaSqm !== null) {
    const byMu = n.areaMu !== null ? atLeast("area", n.areaMu, float(c.areaMu)) : null;
    const bySqm =
      n.areaSqm !== null
        ? atLeast("area", n.areaSqm, sql`case when ${spaced} then ${vacant} else ${float(c.floorAreaSqm)} end`)
        : null;
    const muKind = sql`${c.kind} in ('land', 'scenic')`;
    const sqmKind = sql`${c.kind} in ('factory', 'building', 'shop')`;
    const pick = (key: "points" | "fits", none: SQL) =>
      sql`case ${byMu ? sql`when ${muKind} then ${byMu[key]}` : sql``} ${bySqm ? sql`when ${sqmKind} then ${bySqm[key]}` : sql``} else ${none} end`;
    out.push({ criterion: "area", applies: always, points: pick("points", f8(0)), fits: pick("fits", sql`false`) });
  }
  if (need.zoneId) {
    const same = sql`${c.zoneId} = ${need.zoneId}::uuid`;
    out.push({
      criterion: "zone",
      applies: always,
      points: sql`case when ${same} then ${f8(MATCH_WEIGHTS.zone)} else ${f8(0)} end`,
      fits: same,
    });
  }
  if (need.use) {
    const word = need.use.trim().toLowerCase();
    const hay = sql`lower(concat_ws(' ', nullif(${c.plannedUse}, ''), nullif(${c.name}, ''), nullif(${c.chainName}, '')))`;
    const found = sql`strpos(${hay}, ${word}) > 0`;
    out.push({
      criterion: "use",
      applies: always,
      points: sql`case when ${found} then ${f8(MATCH_WEIGHTS.use)} else ${f8(0)} end`,
      fits: found,
    });
  }
  if (n.budgetWan !== null) {
    const area = n.areaMu !== null ? sql`least(${f8(n.areaMu)}, ${float(c.areaMu)})` : float(c.areaMu);
    out.push({
      criterion: "budget",
      applies: land,
      ...atMost("budget", n.budgetWan, sql`(${float(c.priceWanPerMu)} * ${area})`),
    });
  }
  if (n.rentMax !== null)
    out.push({
      criterion: "rent",
      applies: sql`${c.kind} in ('factory', 'building', 'shop')`,
      ...atMost(
        "rent",
        n.rentMax,
        sql`case when ${spaced} then ${float(c.freeRent)} else ${float(c.rentYuanPerSqm)} end`,
      ),
    });
  const built = (criterion: "height" | "load" | "power", want: number | null, free: SQL) => {
    if (want === null) return;
    const w = MATCH_WEIGHTS[criterion];
    const offer = atLeast(criterion, want, float(free));
    // A parcel is built to suit; a shop or a resource cannot tell.
    out.push({
      criterion,
      applies: always,
      points: sql`case when ${spaced} then ${offer.points} when ${land} then ${f8(w)} else ${f8(w / 2)} end`,
      fits: sql`case when ${spaced} then ${offer.fits} else ${land} end`,
    });
  };
  built("height", n.heightM, c.freeHeightM);
  built("load", n.loadT, c.freeLoadT);
  built("power", n.powerKva, c.freePowerKva);
  return out;
}

/** The score (0–100, or null as matchCarriers gives it) and the number of parts that fit, as SQL. */
export function matchScoreSql(c: MatchColumns, need: CarrierNeed): { score: SQL<number | null>; fits: SQL<number> } {
  const given = parts(c, need);
  if (!given.length) return { score: sql<null>`null::float8`, fits: sql<number>`0::int` };
  const weight = sql.join(
    given.map((p) => sql`case when ${p.applies} then ${sql.raw(String(MATCH_WEIGHTS[p.criterion]))} else 0 end`),
    sql` + `,
  );
  // Added left to right from 0, as the domain's reduce does (a part that does not apply adds 0).
  const got = sql.join(
    [f8(0), ...given.map((p) => sql`case when ${p.applies} then ${p.points} else 0::float8 end`)],
    sql` + `,
  );
  const fits = sql.join(
    given.map((p) => sql`case when ${p.applies} and ${p.fits} then 1 else 0 end`),
    sql` + `,
  );
  const scored = needHasCriteria(need);
  return {
    score: scored
      ? sql<
          number | null
        >`case when (${weight}) = 0 then null else floor((100::float8 * (${got})) / (${weight})::float8 + 0.5) end`
      : sql<null>`null::float8`,
    fits: sql<number>`(${fits})`,
  };
}

/** Best first, as matchCarriers sorts: score (none last), parts that fit, available before in talks, code by code point. */
export function matchOrder(m: { score: SQL; fits: SQL }, c: { state: SQL; code: SQL }): SQL[] {
  return [
    sql`${m.score} desc nulls last`,
    sql`${m.fits} desc`,
    sql`(${c.state} = 'available') desc`,
    sql`${c.code} collate "C"`,
  ];
}
