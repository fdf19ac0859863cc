import { and, eq, schema, sql } from "@crm/db";
import { todayInShanghai, type CarrierListInput } from "@crm/domain";
import { alias } from "drizzle-orm/pg-core";
import type { z } from "zod";

import type { AuthedContext } from "../../context";
import { carrierReadScope, mayWriteCarrier } from "../../scope/carriers";
import { listedPhone } from "../../scope/personal";
import { loadPolicy } from "../settings/policies";
import { afterCode, byCode, carrierConditions, spaceArea, staleSql } from "./query";

const { carriers, orgUnits, chains } = schema;
const owners = alias(orgUnits, "owner_unit");

export type CarrierListQuery = z.output<typeof CarrierListInput>;

/** The opportunity list's carriers, filtered, a page at a time (by code), each with its derived vacancy and freshness. */
export async function listCarriers(ctx: AuthedContext, input: CarrierListQuery) {
  const { db, user } = ctx;
  const asOf = todayInShanghai(ctx.now());
  const { freshnessDays } = await loadPolicy(db);
  const rows = await db
    .select({
      id: carriers.id,
      code: carriers.code,
      name: carriers.name,
      kind: carriers.kind,
      state: carriers.state,
      zoneId: carriers.zoneId,
      zoneName: orgUnits.shortName,
      chainName: chains.name,
      ownerUnitId: carriers.ownerUnitId,
      ownerUnitName: owners.shortName,
      locationText: carriers.locationText,
      plannedUse: carriers.plannedUse,
      areaMu: carriers.areaMu,
      floorAreaSqm: carriers.floorAreaSqm,
      totalSqm: sql<string | null>`case when ${carriers.kind} in ('factory', 'building') then ${spaceArea(false)} end`,
      vacantSqm: sql<string | null>`case when ${carriers.kind} in ('factory', 'building') then ${spaceArea(true)} end`,
      plotRatio: carriers.plotRatio,
      intensityWanPerMu: carriers.intensityWanPerMu,
      priceWanPerMu: carriers.priceWanPerMu,
      readiness: carriers.readiness,
      contactName: carriers.contactName,
      contactPhone: carriers.contactPhone,
      rentYuanPerSqm: carriers.rentYuanPerSqm,
      supplyState: carriers.supplyState,
      availableFrom: carriers.availableFrom,
      verifiedOn: carriers.verifiedOn,
      stale: staleSql(asOf, freshnessDays),
      version: carriers.version,
    })
    .from(carriers)
    .innerJoin(orgUnits, eq(orgUnits.id, carriers.zoneId))
    .innerJoin(owners, eq(owners.id, carriers.ownerUnitId))
    .leftJoin(chains, eq(chains.id, carriers.chainId))
    .where(and(carrierReadScope(user), afterCode(input.cursor), ...carrierConditions(input, asOf, freshnessDays)))
    .orderBy(byCode)
    .limit(input.limit + 1);
  const more = rows.length > input.limit;
  const items = (more ? rows.slice(0, input.limit) : rows).map((r) => ({
    ...r,
    contactPhone: listedPhone(r.contactPhone),
    mayEdit: mayWriteCarrier(user, r),
  }));
  return { items, nextCursor: more ? items.at(-1)!.code : null, freshnessDays };
}
