import { and, asc, eq, gt, gte, ilike, inArray, lte, or, schema, sql } from "@crm/db";
import { staleBefore, type CarrierFilter } from "@crm/domain";
import type { SQL } from "drizzle-orm";

import { carrierStale } from "../opportunity/stale";

const { carriers, carrierSpaces } = schema;

/** ㎡ of a plant's or building's spaces (all, or the free ones): derived, never stored. */
export const spaceArea = (onlyFree: boolean) =>
  sql<string>`(select coalesce(sum(${carrierSpaces.areaSqm}), 0)::numeric(14,2)::text from ${carrierSpaces} where ${carrierSpaces.carrierId} = ${carriers.id}${onlyFree ? sql` and ${carrierSpaces.state} = 'free'` : sql``})`;

/** A carrier on offer last confirmed before the freshness limit (the rule is opportunity/stale.ts's). */
export const staleSql = (asOf: string, freshnessDays: number) =>
  sql<boolean>`(${carrierStale(staleBefore(asOf, freshnessDays))})`;

const escapeLike = (q: string) => q.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The list's filter as conditions on `carrier`. */
export function carrierConditions(f: CarrierFilter, asOf: string, freshnessDays: number): SQL[] {
  const out: (SQL | undefined)[] = [];
  if (f.kinds?.length) out.push(inArray(carriers.kind, f.kinds));
  if (f.states?.length) out.push(inArray(carriers.state, f.states));
  if (f.zoneId) out.push(eq(carriers.zoneId, f.zoneId));
  if (f.chainId) out.push(eq(carriers.chainId, f.chainId));
  if (f.q) {
    const like = `%${escapeLike(f.q)}%`;
    out.push(
      or(
        ilike(carriers.code, like),
        ilike(carriers.name, like),
        ilike(carriers.locationText, like),
        ilike(carriers.plannedUse, like),
      ),
    );
  }
  if (f.areaMuMin) out.push(gte(carriers.areaMu, f.areaMuMin));
  if (f.areaMuMax) out.push(lte(carriers.areaMu, f.areaMuMax));
  if (f.floorAreaMin || f.floorAreaMax) {
    const area = sql`coalesce(${carriers.floorAreaSqm}, case when ${carriers.kind} in ('factory', 'building') then ${spaceArea(true)}::numeric end)`;
    if (f.floorAreaMin) out.push(sql`${area} >= ${f.floorAreaMin}::numeric`);
    if (f.floorAreaMax) out.push(sql`${area} <= ${f.floorAreaMax}::numeric`);
  }
  const space: SQL[] = [];
  if (f.heightMin) space.push(gte(carrierSpaces.clearHeightM, f.heightMin));
  if (f.heightMax) space.push(lte(carrierSpaces.clearHeightM, f.heightMax));
  if (f.loadMin) space.push(gte(carrierSpaces.floorLoadT, f.loadMin));
  if (f.loadMax) space.push(lte(carrierSpaces.floorLoadT, f.loadMax));
  if (f.powerMin !== undefined) space.push(gte(carrierSpaces.powerKva, f.powerMin));
  if (f.powerMax !== undefined) space.push(lte(carrierSpaces.powerKva, f.powerMax));
  // One free space meets every part asked of a space (not one the height and another the load).
  if (space.length)
    out.push(
      sql`exists (select 1 from ${carrierSpaces} where ${carrierSpaces.carrierId} = ${carriers.id} and ${carrierSpaces.state} = 'free' and ${and(...space)})`,
    );
  if (f.staleOnly) out.push(carrierStale(staleBefore(asOf, freshnessDays)));
  return out.filter((c): c is SQL => !!c);
}

export const byCode = asc(carriers.code);
export const afterCode = (cursor: string | undefined) => (cursor ? gt(carriers.code, cursor) : undefined);
