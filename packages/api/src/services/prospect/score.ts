import { and, count, eq, inArray, isNull, schema, type Executor } from "@crm/db";
import {
  nodeStrengthOf,
  scoreProspect,
  type ChainStrength,
  type ProspectSizeBand,
  type ProspectTag,
  type ProspectWeights,
} from "@crm/domain";

const { chainNodes, chainNodeEnterprises } = schema;

export interface NodeStrength {
  strength: ChainStrength;
  /** The enterprises already here at the node: the rule's input, shown beside the strength. */
  enterprises: number;
  /** The bureau set it (with a reason) rather than the rule. */
  overridden: boolean;
}

/**
 * The strength of each node: the bureau's override where it set one, else derived from the
 * enterprises here (domain `nodeStrengthOf`).
 */
export async function nodeStrengths(db: Executor, nodeIds: readonly string[]): Promise<Map<string, NodeStrength>> {
  const ids = [...new Set(nodeIds)];
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: chainNodes.id, override: chainNodes.strengthOverride, n: count(chainNodeEnterprises.enterpriseId) })
    .from(chainNodes)
    .leftJoin(chainNodeEnterprises, eq(chainNodeEnterprises.nodeId, chainNodes.id))
    .where(and(inArray(chainNodes.id, ids), isNull(chainNodes.retiredAt)))
    .groupBy(chainNodes.id);
  return new Map(
    rows.map((r) => {
      const enterprises = Number(r.n);
      return [r.id, { strength: r.override ?? nodeStrengthOf(enterprises), enterprises, overridden: !!r.override }];
    }),
  );
}

/** A row's score with its parts, under the bureau's weights. */
export function scoreRow(
  row: { nodeId: string | null; sizeBand: ProspectSizeBand; tags: ProspectTag[]; riskPoints: number },
  strengths: Map<string, NodeStrength>,
  weights: ProspectWeights,
) {
  const node = row.nodeId ? (strengths.get(row.nodeId) ?? null) : null;
  return {
    node,
    score: scoreProspect(
      { strength: node?.strength ?? null, sizeBand: row.sizeBand, tags: row.tags, riskPoints: row.riskPoints },
      weights,
    ),
  };
}
