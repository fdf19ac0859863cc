import { and, asc, isNotNull, isNull, schema, sql } from "@crm/db";

import type { AuthedContext } from "../../context";
import { prospectScope } from "../../scope/prospects";
import { isBureau } from "../../scope/roles";

const { chains, chainNodes, orgUnits, prospects } = schema;

/** What the list's filters and the forms choose from: chains and their nodes, regions kept, zones, owners. */
export async function prospectOptions(ctx: AuthedContext) {
  const { db, user } = ctx;
  const [chainRows, nodeRows, regionRows, unitRows] = await Promise.all([
    db.select({ id: chains.id, name: chains.name }).from(chains).orderBy(asc(chains.sort), asc(chains.name)),
    db
      .select({ id: chainNodes.id, chainId: chainNodes.chainId, name: chainNodes.name, tier: chainNodes.tier })
      .from(chainNodes)
      .where(isNull(chainNodes.retiredAt))
      .orderBy(asc(chainNodes.chainId), asc(chainNodes.tier), asc(chainNodes.sort), asc(chainNodes.name)),
    db
      .selectDistinct({ region: prospects.hqRegion })
      .from(prospects)
      .where(and(prospectScope(user), isNotNull(prospects.hqRegion)))
      .orderBy(asc(prospects.hqRegion)),
    db
      .select({ id: orgUnits.id, name: orgUnits.shortName, kind: orgUnits.kind })
      .from(orgUnits)
      .where(sql`${orgUnits.kind} in ('zone', 'bureau')`)
      .orderBy(asc(orgUnits.sort)),
  ]);
  const zones = unitRows.filter((u) => u.kind === "zone").map(({ id, name }) => ({ id, name }));
  return {
    chains: chainRows,
    nodes: nodeRows,
    regions: regionRows.map((r) => r.region!),
    zones,
    /** Units a target may be kept by: the bureau chooses; a zone keeps its own. */
    owners: isBureau(user)
      ? unitRows.map(({ id, name }) => ({ id, name }))
      : unitRows.filter((u) => u.id === user.unitId).map(({ id, name }) => ({ id, name })),
  };
}
