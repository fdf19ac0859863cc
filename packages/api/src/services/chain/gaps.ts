import { and, asc, eq, inArray, ne, schema, sql, type Executor } from "@crm/db";
import { EMPTY_FUNNEL, LANDED_STAGES, PIPELINE_STAGES, type ChainGapCountsInput, type GapFunnel } from "@crm/domain";

import type { AuthedContext } from "../../context";
import { scopedChain } from "../../scope/chains";

const { chains, chainNodes, prospects, leads, projects } = schema;

/** The stages at or after `from` in the pipeline: a signed project was also in talks. */
const reachedFrom = (from: (typeof PIPELINE_STAGES)[number]) => PIPELINE_STAGES.slice(PIPELINE_STAGES.indexOf(from));

/**
 * The gap loop's funnel (targets → leads → 在谈 → 签约 → 落地, domain `gapFunnel`) in SQL, per chain
 * and node: the targets not dropped, those that raised a lead (prospects.leadId), and the stages the
 * projects of those leads (leads.projectId) have reached. District-wide counts, no names: the
 * cockpit and the bulletin read them; the names are in a node's panel, through the scopes.
 */
async function funnelRows(db: Executor, chainId?: string) {
  return db
    .select({
      chainId: prospects.chainId,
      nodeId: prospects.nodeId,
      targets: sql<number>`count(*)::int`,
      leads: sql<number>`(count(${leads.id}))::int`,
      negotiating: sql<number>`(count(*) filter (where ${inArray(projects.stage, reachedFrom("negotiating"))}))::int`,
      signed: sql<number>`(count(*) filter (where ${inArray(projects.stage, reachedFrom("signed"))}))::int`,
      landed: sql<number>`(count(*) filter (where ${inArray(projects.stage, [...LANDED_STAGES])}))::int`,
    })
    .from(prospects)
    .leftJoin(leads, eq(leads.id, prospects.leadId))
    .leftJoin(projects, eq(projects.id, leads.projectId))
    .where(and(ne(prospects.status, "dropped"), chainId ? eq(prospects.chainId, chainId) : undefined))
    .groupBy(prospects.chainId, prospects.nodeId);
}

const funnelOf = (r: GapFunnel): GapFunnel => ({
  targets: Number(r.targets),
  leads: Number(r.leads),
  negotiating: Number(r.negotiating),
  signed: Number(r.signed),
  landed: Number(r.landed),
});

const add = (a: GapFunnel, b: GapFunnel): GapFunnel => ({
  targets: a.targets + b.targets,
  leads: a.leads + b.leads,
  negotiating: a.negotiating + b.negotiating,
  signed: a.signed + b.signed,
  landed: a.landed + b.landed,
});

/** Per node of one chain (or of all): node id → funnel. Targets tied to a chain but no node are left out. */
export async function nodeGapFunnels(db: Executor, opts: { chainId?: string }) {
  const rows = await funnelRows(db, opts.chainId);
  return new Map(rows.filter((r) => r.nodeId !== null).map((r) => [r.nodeId!, funnelOf(r)]));
}

/** Per chain: chain id → funnel (its targets with or without a node). */
export async function chainGapTotals(db: Executor, chainId?: string) {
  const rows = await funnelRows(db, chainId);
  const totals = new Map<string, GapFunnel>();
  for (const r of rows) totals.set(r.chainId, add(totals.get(r.chainId) ?? { ...EMPTY_FUNNEL }, funnelOf(r)));
  return totals;
}

/** The gap counts per chain and per node, for the cockpit and the bulletin (callers holding prospect.read). */
export async function gapCounts(ctx: AuthedContext, input: ChainGapCountsInput) {
  const { db, user } = ctx;
  const only = input.chainId ? await scopedChain(db, user, { chainId: input.chainId }) : null;
  const chainRows = await db
    .select({ id: chains.id, code: chains.code, name: chains.name })
    .from(chains)
    .where(only ? eq(chains.id, only.id) : undefined)
    .orderBy(asc(chains.sort));
  const nodeRows = await db
    .select({
      id: chainNodes.id,
      chainId: chainNodes.chainId,
      tier: chainNodes.tier,
      name: chainNodes.name,
      retired: sql<boolean>`(${chainNodes.retiredAt} is not null)`,
    })
    .from(chainNodes)
    .where(only ? eq(chainNodes.chainId, only.id) : undefined)
    .orderBy(asc(chainNodes.tier), asc(chainNodes.sort));
  const [totals, perNode] = await Promise.all([
    chainGapTotals(db, only?.id),
    nodeGapFunnels(db, { chainId: only?.id }),
  ]);
  return {
    chains: chainRows.map((c) => ({ ...c, ...(totals.get(c.id) ?? EMPTY_FUNNEL) })),
    nodes: nodeRows.map((n) => ({ ...n, ...(perNode.get(n.id) ?? EMPTY_FUNNEL) })),
  };
}
