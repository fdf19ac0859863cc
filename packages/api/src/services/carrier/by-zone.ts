import { and, asc, count, eq, inArray, schema, sql } from "@crm/db";
import { fromCents, todayInShanghai, toCents, type CarrierKind, type CarrierState } from "@crm/domain";

import type { AuthedContext } from "../../context";
import { carrierReadScope } from "../../scope/carriers";
import { loadPolicy } from "../settings/policies";
import { staleSql } from "./query";

const { carriers, carrierSpaces, orgUnits } = schema;

const rate = (vacant: bigint, total: bigint) => (total === 0n ? 0 : Number((vacant * 10000n) / total) / 10000);

/**
 * The opportunity list by zone: how many carriers of each kind and state, how many stale, the
 * land on offer (亩), and the vacancy of its plants and buildings — per zone and per building,
 * summed from their spaces (never stored).
 */
export async function carriersByZone(ctx: AuthedContext) {
  const { db, user } = ctx;
  const asOf = todayInShanghai(ctx.now());
  const { freshnessDays } = await loadPolicy(db);
  const zones = await db
    .select({ id: orgUnits.id, name: orgUnits.shortName })
    .from(orgUnits)
    .where(eq(orgUnits.kind, "zone"))
    .orderBy(asc(orgUnits.sort));
  const scope = carrierReadScope(user);
  const [counts, land, buildings] = await Promise.all([
    db
      .select({
        zoneId: carriers.zoneId,
        kind: carriers.kind,
        state: carriers.state,
        n: count(),
        stale: sql<number>`count(*) filter (where ${staleSql(asOf, freshnessDays)})::int`,
      })
      .from(carriers)
      .where(scope)
      .groupBy(carriers.zoneId, carriers.kind, carriers.state),
    db
      .select({ zoneId: carriers.zoneId, mu: sql<string>`coalesce(sum(${carriers.areaMu}), 0)::numeric(14,2)::text` })
      .from(carriers)
      .where(and(scope, eq(carriers.kind, "land"), eq(carriers.state, "available")))
      .groupBy(carriers.zoneId),
    db
      .select({
        id: carriers.id,
        zoneId: carriers.zoneId,
        code: carriers.code,
        name: carriers.name,
        kind: carriers.kind,
        totalSqm: sql<string>`coalesce(sum(${carrierSpaces.areaSqm}), 0)::numeric(14,2)::text`,
        vacantSqm: sql<string>`coalesce(sum(${carrierSpaces.areaSqm}) filter (where ${carrierSpaces.state} = 'free'), 0)::numeric(14,2)::text`,
      })
      .from(carriers)
      .leftJoin(carrierSpaces, eq(carrierSpaces.carrierId, carriers.id))
      .where(and(scope, inArray(carriers.kind, ["factory", "building"])))
      .groupBy(carriers.id)
      .orderBy(asc(carriers.code)),
  ]);
  return {
    freshnessDays,
    zones: zones.map((z) => {
      const mine = counts.filter((c) => c.zoneId === z.id);
      const byKind = {} as Partial<Record<CarrierKind, number>>;
      const byState = {} as Partial<Record<CarrierState, number>>;
      for (const c of mine) {
        byKind[c.kind] = (byKind[c.kind] ?? 0) + Number(c.n);
        byState[c.state] = (byState[c.state] ?? 0) + Number(c.n);
      }
      const own = buildings.filter((b) => b.zoneId === z.id);
      const total = own.reduce((a, b) => a + toCents(b.totalSqm), 0n);
      const vacant = own.reduce((a, b) => a + toCents(b.vacantSqm), 0n);
      return {
        zoneId: z.id,
        zoneName: z.name,
        carriers: mine.reduce((a, c) => a + Number(c.n), 0),
        byKind,
        byState,
        stale: mine.reduce((a, c) => a + Number(c.stale), 0),
        landMuAvailable: land.find((l) => l.zoneId === z.id)?.mu ?? "0.00",
        totalSqm: fromCents(total),
        vacantSqm: fromCents(vacant),
        vacancyRate: rate(vacant, total),
        buildings: own.slice(0, 100).map(({ zoneId: _, ...b }) => ({
          ...b,
          vacancyRate: rate(toCents(b.vacantSqm), toCents(b.totalSqm)),
        })),
      };
    }),
  };
}
