import { and, asc, count, eq, lt, ne, schema, type Executor } from "@crm/db";
import { can, staleBefore, todayInShanghai } from "@crm/domain";

import type { AuthedContext } from "../../context";
import { badRequest, forbidden } from "../../errors";
import { mayReadDispatchOf } from "../../scope/units";
import { loadPolicy } from "../settings/policies";

const { carriers, prospects } = schema;

/** A carrier still on offer last confirmed before the cutoff: the one rule every list and count uses. */
export const carrierStale = (cutoff: string) => and(ne(carriers.state, "taken"), lt(carriers.verifiedOn, cutoff))!;

/** An open target last confirmed before the cutoff (domain `prospectIsStale` is its twin for one row). */
export const prospectStale = (cutoff: string) => and(eq(prospects.status, "open"), lt(prospects.verifiedOn, cutoff))!;

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
      .where(carrierStale(cutoff))
      .groupBy(carriers.ownerUnitId),
    db
      .select({ unitId: prospects.ownerUnitId, n: count() })
      .from(prospects)
      .where(prospectStale(cutoff))
      .groupBy(prospects.ownerUnitId),
  ]);
  const counts = new Map<string, number>();
  for (const r of [...carrierRows, ...prospectRows]) counts.set(r.unitId, (counts.get(r.unitId) ?? 0) + Number(r.n));
  return counts;
}

/**
 * What the monthly dispatch puts to a unit besides its projects (一月一调度): the carriers still on
 * offer and the open targets it owns that nobody has confirmed within the freshness limit, oldest
 * first, each with the version its confirmation needs. Targets only for those who may read them.
 */
export async function staleOwned(ctx: AuthedContext, input: { unitId?: string }) {
  const { db, user } = ctx;
  const unit = input.unitId ?? user.unitId;
  if (!unit) throw badRequest("invalidInput");
  if (!mayReadDispatchOf(user, unit)) throw forbidden();
  const { freshnessDays } = await loadPolicy(db);
  const cutoff = staleBefore(todayInShanghai(ctx.now()), freshnessDays);
  const [carrierRows, prospectRows] = await Promise.all([
    can(user.role, "opportunity.read")
      ? db
          .select({
            id: carriers.id,
            code: carriers.code,
            name: carriers.name,
            kind: carriers.kind,
            verifiedOn: carriers.verifiedOn,
            version: carriers.version,
          })
          .from(carriers)
          .where(and(eq(carriers.ownerUnitId, unit), carrierStale(cutoff)))
          .orderBy(asc(carriers.verifiedOn), asc(carriers.code))
      : Promise.resolve([]),
    can(user.role, "prospect.read")
      ? db
          .select({
            id: prospects.id,
            name: prospects.name,
            verifiedOn: prospects.verifiedOn,
            version: prospects.version,
          })
          .from(prospects)
          .where(and(eq(prospects.ownerUnitId, unit), prospectStale(cutoff)))
          .orderBy(asc(prospects.verifiedOn), asc(prospects.name))
      : Promise.resolve([]),
  ]);
  return { freshnessDays, cutoff, carriers: carrierRows, prospects: prospectRows };
}
