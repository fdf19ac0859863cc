import { and, count, inArray, lt, ne, schema, type Executor } from "@crm/db";
import { staleBefore } from "@crm/domain";

const { carriers, prospects } = schema;

/**
 * Per owning unit, the carriers still on offer and the open targets last confirmed before the
 * bureau's freshness limit as of `asOf`: what the unit must confirm or update this month. Taken
 * carriers and raised or dropped targets are history and never go stale.
 */
export async function staleCountsByUnit(db: Executor, asOf: string, freshnessDays: number) {
  const cutoff = staleBefore(asOf, freshnessDays);
  const [carrierRows, prospectRows] = await Promise.all([
    db
      .select({ unitId: carriers.ownerUnitId, n: count() })
      .from(carriers)
      .where(and(ne(carriers.state, "taken"), lt(carriers.verifiedOn, cutoff)))
      .groupBy(carriers.ownerUnitId),
    db
      .select({ unitId: prospects.ownerUnitId, n: count() })
      .from(prospects)
      .where(and(inArray(prospects.status, ["open"]), lt(prospects.verifiedOn, cutoff)))
      .groupBy(prospects.ownerUnitId),
  ]);
  const counts = new Map<string, number>();
  for (const r of [...carrierRows, ...prospectRows]) counts.set(r.unitId, (counts.get(r.unitId) ?? 0) + Number(r.n));
  return counts;
}
