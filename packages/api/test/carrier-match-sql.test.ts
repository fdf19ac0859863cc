import { sql } from "@crm/db";
import { CARRIER_KINDS, matchCarriers, type CarrierNeed, type CarrierState, type MatchCandidate } from "@crm/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { matchOrder, matchScoreSql } from "../src/services/carrier/match-sql";
import { useDatabase } from "./helpers";

/**
 * The match score is computed twice: by the domain's matchCarriers (the reasons a page shows) and
 * in SQL (so that only the best carriers leave the database). For any carriers and any need, the
 * database must choose the same carriers, in the same order, with the same scores.
 */
const ZONES = ["00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002"];
const WORDS = ["工业", "汽车", "商业", "文旅", "Auto", "industry", ""];

/** A decimal as the database keeps it (two places), or none. */
const decimal = (max: number) =>
  fc.option(
    fc.integer({ min: 0, max: max * 100 }).map((c) => (c / 100).toFixed(2)),
    { nil: null },
  );

const candidate = fc.record({
  kind: fc.constantFrom(...CARRIER_KINDS),
  state: fc.constantFrom<CarrierState>("available", "in_talks"),
  zoneId: fc.constantFrom(...ZONES),
  name: fc.constantFrom(...WORDS),
  plannedUse: fc.option(fc.constantFrom(...WORDS), { nil: null }),
  chainName: fc.option(fc.constantFrom(...WORDS), { nil: null }),
  areaMu: decimal(300),
  floorAreaSqm: decimal(20_000),
  priceWanPerMu: decimal(80),
  rentYuanPerSqm: decimal(60),
  free: fc.option(
    fc.record({
      areaSqm: decimal(20_000).map((v) => v ?? "0.00"),
      clearHeightM: decimal(20),
      floorLoadT: decimal(10),
      powerKva: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: null }),
      rentYuanPerSqm: decimal(60),
    }),
    { nil: null },
  ),
});

const wanted = (max: number) =>
  fc.option(
    fc.integer({ min: 0, max: max * 100 }).map((c) => String(c / 100)),
    { nil: undefined },
  );

const need: fc.Arbitrary<CarrierNeed> = fc.record(
  {
    kinds: fc.subarray([...CARRIER_KINDS], { minLength: 1 }),
    areaMu: wanted(300),
    areaSqm: wanted(20_000),
    heightM: wanted(20),
    loadT: wanted(10),
    powerKva: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined }),
    use: fc.option(fc.constantFrom(...WORDS, " 工业 ", "AUTO"), { nil: undefined }),
    zoneId: fc.option(fc.constantFrom(...ZONES), { nil: undefined }),
    budgetWan: wanted(20_000),
    rentMax: wanted(60),
  },
  { requiredKeys: [] },
);

type Generated = Omit<MatchCandidate, "id" | "code" | "spaces"> & {
  free: {
    areaSqm: string;
    clearHeightM: string | null;
    floorLoadT: string | null;
    powerKva: number | null;
    rentYuanPerSqm: string | null;
  } | null;
};

describe("carrier matching in SQL", () => {
  const { db } = useDatabase();

  it("chooses and orders the same carriers with the same scores as matchCarriers", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(candidate, { minLength: 1, maxLength: 30 }),
        need,
        fc.integer({ min: 1, max: 12 }),
        async (generated, n, limit) => {
          const rows = generated.map((g: Generated, i) => ({
            ...g,
            id: String(i),
            code: `C-${String(i).padStart(3, "0")}`,
          }));
          const spaced = (k: string) => k === "factory" || k === "building";
          const candidates: MatchCandidate[] = rows.map(({ free, ...r }) => ({
            ...r,
            spaces: free && spaced(r.kind) ? [{ ...free, state: "free" as const }] : [],
          }));
          const expected = matchCarriers(candidates, n, limit).map((m) => ({ code: m.carrier.code, score: m.score }));

          const values = sql.join(
            rows.map(
              (r) =>
                sql`(${r.code}, ${r.kind}, ${r.state}, ${r.zoneId}::uuid, ${r.name}, ${r.plannedUse}, ${r.chainName},
                ${r.areaMu}::numeric, ${r.floorAreaSqm}::numeric, ${r.priceWanPerMu}::numeric, ${r.rentYuanPerSqm}::numeric,
                ${spaced(r.kind) ? (r.free?.areaSqm ?? null) : null}::numeric, ${spaced(r.kind) ? (r.free?.clearHeightM ?? null) : null}::numeric,
                ${spaced(r.kind) ? (r.free?.floorLoadT ?? null) : null}::numeric, ${spaced(r.kind) ? (r.free?.powerKva ?? null) : null}::int,
                ${spaced(r.kind) ? (r.free?.rentYuanPerSqm ?? null) : null}::numeric)`,
            ),
            sql`, `,
          );
          const col = (name: string) => sql.raw(`c.${name}`);
          const rank = matchScoreSql(
            {
              kind: col("kind"),
              zoneId: col("zone_id"),
              plannedUse: col("planned_use"),
              name: col("name"),
              chainName: col("chain_name"),
              areaMu: col("area_mu"),
              floorAreaSqm: col("floor_area_sqm"),
              priceWanPerMu: col("price"),
              rentYuanPerSqm: col("rent"),
              freeAreaSqm: col("free_area"),
              freeHeightM: col("free_height"),
              freeLoadT: col("free_load"),
              freePowerKva: col("free_power"),
              freeRent: col("free_rent"),
            },
            n,
          );
          const kinds = n.kinds?.length
            ? sql`c.kind in (${sql.join(
                n.kinds.map((k) => sql`${k}`),
                sql`, `,
              )})`
            : sql`true`;
          const result = (await db().execute(sql`
          select c.code, ${rank.score} as score
          from (values ${values}) as c(code, kind, state, zone_id, name, planned_use, chain_name, area_mu,
            floor_area_sqm, price, rent, free_area, free_height, free_load, free_power, free_rent)
          where ${kinds}
          order by ${sql.join(matchOrder(rank, { state: col("state"), code: col("code") }), sql`, `)}
          limit ${limit}`)) as unknown as { code: string; score: number | null }[];
          const got = result.map((r) => ({ code: r.code, score: r.score === null ? null : Number(r.score) }));
          expect(got).toEqual(expected);
        },
      ),
      { numRuns: 300, seed: 20261203 },
    );
  });
});
