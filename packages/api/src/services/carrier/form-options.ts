import { asc, eq, inArray, isNull, or, schema } from "@crm/db";

import type { AuthedContext } from "../../context";
import { carrierReachOf, writableCarrierById } from "../../scope/carriers";

const { orgUnits, chains, chainNodes, carrierNodes } = schema;

/**
 * What the create or edit form may offer the caller: only the kinds, zones and keepers it may
 * save (the rule of scope/carriers.ts, from the domain's carrierReach), and each chain with its
 * live nodes (an edited carrier's nodes stay offered even when retired, so saving does not drop them).
 */
export async function carrierFormOptions(ctx: AuthedContext, input: { id?: string }) {
  const { db, user } = ctx;
  const reach = carrierReachOf(user);
  const before = input.id ? await writableCarrierById(db, user, input.id) : null;
  const [units, chainRows, linked] = await Promise.all([
    db
      .select({ id: orgUnits.id, name: orgUnits.shortName, kind: orgUnits.kind })
      .from(orgUnits)
      .where(inArray(orgUnits.kind, ["zone", "department"]))
      .orderBy(asc(orgUnits.sort)),
    db.select({ id: chains.id, name: chains.name }).from(chains).orderBy(asc(chains.sort)),
    before
      ? db.select({ nodeId: carrierNodes.nodeId }).from(carrierNodes).where(eq(carrierNodes.carrierId, before.id))
      : Promise.resolve([]),
  ]);
  const kept = linked.map((l) => l.nodeId);
  const nodes = await db
    .select({ id: chainNodes.id, chainId: chainNodes.chainId, name: chainNodes.name, tier: chainNodes.tier })
    .from(chainNodes)
    .where(or(isNull(chainNodes.retiredAt), kept.length ? inArray(chainNodes.id, kept) : undefined))
    .orderBy(asc(chainNodes.tier), asc(chainNodes.sort), asc(chainNodes.name));
  const zones = units
    .filter((u) => u.kind === "zone")
    .filter((u) => !reach || reach.zoneId === null || u.id === reach.zoneId || u.id === before?.zoneId)
    .map(({ kind: _, ...u }) => u);
  const owners = units
    .filter((u) => reach && (reach.ownerUnitId === null || u.id === reach.ownerUnitId || u.id === before?.ownerUnitId))
    .map(({ kind: _, ...u }) => u);
  return {
    kinds: reach ? [...reach.kinds] : [],
    zones: reach ? zones : [],
    owners,
    /** The bureau may name any keeper; everyone else keeps what it makes (the form then shows no "default"). */
    ownerFree: reach?.ownerUnitId === null,
    chains: chainRows.map((c) => ({
      ...c,
      nodes: nodes.filter((n) => n.chainId === c.id).map(({ chainId: _, ...n }) => n),
    })),
  };
}
