import { and, asc, eq, inArray, schema, type Executor } from "@crm/db";
import type { ChainStrength, ChainTier } from "@crm/domain";

import { loadChainMap, loadLinks } from "../chain/map";
import { publicAreaName } from "./investor-opportunities";

const { chains, carriers, carrierNodes, orgUnits } = schema;

export interface InvestorChainNode {
  /** An alias for this edition only (n1, n2 …): no id of the database leaves it. */
  id: string;
  tier: ChainTier;
  parentId: string | null;
  name: string;
  strength: ChainStrength;
  /** How many enterprises are here already: a count, never their names. */
  enterprises: number;
  /** Carriers still available that suit the node. */
  carriers: { code: string; name: string; kind: string; zone: string }[];
}

/**
 * A chain map's investor edition (推介版): the nodes in their tiers with their links, each node's
 * strength word (no inputs, no override reason), the count of enterprises here, and the available
 * carriers suited to it. Nothing internal: no target, lead or project, no amount, no contact, no id.
 * Retired nodes are left out.
 */
export async function investorChain(db: Executor, chainId: string) {
  const [chain] = await db
    .select({ name: chains.name, nameEn: chains.nameEn })
    .from(chains)
    .where(eq(chains.id, chainId));
  if (!chain) return null;
  const nodes = await loadChainMap(db, chainId, { projectScope: undefined, withTargets: false });
  const ids = nodes.map((n) => n.id);
  const [links, suited] = await Promise.all([
    loadLinks(db, ids),
    ids.length
      ? db
          .select({
            nodeId: carrierNodes.nodeId,
            code: carriers.code,
            name: carriers.name,
            kind: carriers.kind,
            zone: orgUnits.shortName,
          })
          .from(carrierNodes)
          .innerJoin(carriers, eq(carriers.id, carrierNodes.carrierId))
          .innerJoin(orgUnits, eq(orgUnits.id, carriers.zoneId))
          .where(and(inArray(carrierNodes.nodeId, ids), eq(carriers.state, "available")))
          .orderBy(asc(carriers.code))
      : Promise.resolve([]),
  ]);
  const alias = new Map(nodes.map((n, i) => [n.id, `n${i + 1}`]));
  return {
    chain,
    nodes: nodes.map((n): InvestorChainNode => ({
      id: alias.get(n.id)!,
      tier: n.tier,
      parentId: n.parentId ? (alias.get(n.parentId) ?? null) : null,
      name: n.name,
      strength: n.strength.strength,
      enterprises: n.counts.enterprises,
      carriers: suited
        .filter((c) => c.nodeId === n.id)
        .map(({ code, name, kind, zone }) => ({ code, name, kind, zone: publicAreaName(zone) })),
    })),
    links: links.map((l) => ({ from: alias.get(l.from)!, to: alias.get(l.to)! })),
  };
}
