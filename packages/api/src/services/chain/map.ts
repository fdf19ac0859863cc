import type { SessionUser } from "@crm/auth";
import { and, asc, eq, inArray, isNull, ne, schema, sql, type Executor } from "@crm/db";
import {
  CHAIN_TIERS,
  EMPTY_FUNNEL,
  STAGES,
  strengthFromCounts,
  type ChainMapInput,
  type ChainStrength,
  type ChainTier,
  type GapFunnel,
  type NodeStrength,
  type Stage,
} from "@crm/domain";
import type { SQL } from "drizzle-orm";

import type { AuthedContext } from "../../context";
import { chainNodesWhere, nodeProjectScope, scopedChain, targetsVisible } from "../../scope/chains";
import { chainGapTotals, nodeGapFunnels } from "./gaps";

const { chains, chainNodes, chainNodeLinks, chainNodeEnterprises, enterprises, projects, prospects, carrierNodes } =
  schema;

/** SQL: the `enterprise` row is large for the strength rule (四上, or 500强). */
export const largeEnterprise = sql`(${enterprises.aboveScaleSince} is not null or 'fortune500' = any(${enterprises.tags}))`;

export interface MapNode {
  id: string;
  tier: ChainTier;
  parentId: string | null;
  name: string;
  sort: number;
  version: number;
  retired: boolean;
  strength: NodeStrength;
  counts: {
    enterprises: number;
    /** Projects at the node by stage (the caller's project scope). */
    projects: Partial<Record<Stage, number>>;
    projectsTotal: number;
    carriers: number;
    /** Targets at the node: only for callers who may read targets. */
    targets?: number;
  };
  /** The gap loop (targets → leads → 在谈 → 签约 → 落地): only for callers who may read targets. */
  gap?: GapFunnel;
}

export interface ChainMap {
  chain: { id: string; code: string; name: string; nameEn: string };
  tiers: readonly ChainTier[];
  nodes: MapNode[];
  links: { from: string; to: string }[];
  /** Whether target counts and the gap loop are in (the caller holds prospect.read). */
  targetsShown: boolean;
}

export interface MapOptions {
  /** The projects counted at each node: the caller's project scope (undefined: all). */
  projectScope: SQL | undefined;
  /** Target counts and the gap loop: false for anyone without prospect.read (and an investor edition). */
  withTargets: boolean;
  includeRetired?: boolean;
}

const countsBy = <K extends string>(rows: { key: K | null; n: number }[]) =>
  new Map(rows.filter((r) => r.key !== null).map((r) => [r.key as K, Number(r.n)]));

/**
 * One chain's map as data: its nodes in tiers with their sub-nodes, links, strengths with their
 * inputs, and counts. Names nothing but the nodes: the enterprises, projects, targets and carriers
 * at a node are named in its panel (node.ts). An investor edition calls this with
 * `{ projectScope: undefined, withTargets: false }` — no target names, amounts or contacts are in it.
 */
export async function loadChainMap(db: Executor, chainId: string, opts: MapOptions): Promise<MapNode[]> {
  const nodes = await db
    .select()
    .from(chainNodes)
    .where(chainNodesWhere(chainId, opts.includeRetired))
    .orderBy(asc(chainNodes.tier), asc(chainNodes.sort), asc(chainNodes.createdAt));
  if (!nodes.length) return [];
  const ids = nodes.map((n) => n.id);

  const [enterpriseRows, projectRows, carrierRows, targetRows, gaps] = await Promise.all([
    db
      .select({
        key: chainNodeEnterprises.nodeId,
        n: sql<number>`count(*)::int`,
        large: sql<number>`(count(*) filter (where ${largeEnterprise}))::int`,
      })
      .from(chainNodeEnterprises)
      .innerJoin(enterprises, eq(enterprises.id, chainNodeEnterprises.enterpriseId))
      .where(inArray(chainNodeEnterprises.nodeId, ids))
      .groupBy(chainNodeEnterprises.nodeId),
    db
      .select({ key: projects.chainNodeId, stage: projects.stage, n: sql<number>`count(*)::int` })
      .from(projects)
      .where(and(inArray(projects.chainNodeId, ids), opts.projectScope))
      .groupBy(projects.chainNodeId, projects.stage),
    db
      .select({ key: carrierNodes.nodeId, n: sql<number>`count(*)::int` })
      .from(carrierNodes)
      .where(inArray(carrierNodes.nodeId, ids))
      .groupBy(carrierNodes.nodeId),
    opts.withTargets
      ? db
          .select({ key: prospects.nodeId, n: sql<number>`count(*)::int` })
          .from(prospects)
          .where(and(inArray(prospects.nodeId, ids), ne(prospects.status, "dropped")))
          .groupBy(prospects.nodeId)
      : Promise.resolve([]),
    opts.withTargets ? nodeGapFunnels(db, { chainId }) : Promise.resolve(new Map<string, GapFunnel>()),
  ]);

  const ent = new Map(enterpriseRows.map((r) => [r.key, r]));
  const carriersAt = countsBy(carrierRows);
  const targetsAt = countsBy(targetRows);
  const projectsAt = new Map<string, Partial<Record<Stage, number>>>();
  for (const r of projectRows) {
    if (!r.key) continue;
    const m = projectsAt.get(r.key) ?? {};
    m[r.stage] = Number(r.n);
    projectsAt.set(r.key, m);
  }

  return nodes.map((n) => {
    const e = ent.get(n.id);
    const byStage = projectsAt.get(n.id) ?? {};
    const override =
      n.strengthOverride !== null ? { strength: n.strengthOverride, reason: n.overrideReason ?? "" } : null;
    const node: MapNode = {
      id: n.id,
      tier: n.tier,
      parentId: n.parentId,
      name: n.name,
      sort: n.sort,
      version: n.version,
      retired: n.retiredAt !== null,
      strength: strengthFromCounts(e?.n ?? 0, e?.large ?? 0, override),
      counts: {
        enterprises: e?.n ?? 0,
        projects: byStage,
        projectsTotal: STAGES.reduce((sum, s) => sum + (byStage[s] ?? 0), 0),
        carriers: carriersAt.get(n.id) ?? 0,
      },
    };
    if (opts.withTargets) {
      node.counts.targets = targetsAt.get(n.id) ?? 0;
      node.gap = gaps.get(n.id) ?? { ...EMPTY_FUNNEL };
    }
    return node;
  });
}

/** The links among the given nodes (both ends among them). */
export async function loadLinks(db: Executor, nodeIds: string[]) {
  if (!nodeIds.length) return [];
  const rows = await db
    .select({ from: chainNodeLinks.fromNodeId, to: chainNodeLinks.toNodeId })
    .from(chainNodeLinks)
    .where(and(inArray(chainNodeLinks.fromNodeId, nodeIds), inArray(chainNodeLinks.toNodeId, nodeIds)));
  return rows;
}

/** A chain's map for a signed-in caller: counts through the caller's scopes, targets only with prospect.read. */
export async function chainMapFor(db: Executor, user: SessionUser, input: ChainMapInput): Promise<ChainMap> {
  const chain = await scopedChain(db, user, input);
  const withTargets = targetsVisible(user);
  const nodes = await loadChainMap(db, chain.id, {
    projectScope: nodeProjectScope(user),
    withTargets,
    includeRetired: input.includeRetired,
  });
  const links = await loadLinks(
    db,
    nodes.map((n) => n.id),
  );
  return {
    chain: { id: chain.id, code: chain.code, name: chain.name, nameEn: chain.nameEn },
    tiers: CHAIN_TIERS,
    nodes,
    links,
    targetsShown: withTargets,
  };
}

export const chainMap = (ctx: AuthedContext, input: ChainMapInput) => chainMapFor(ctx.db, ctx.user, input);

/** The chains, each with its live nodes per tier, its strengths and (with prospect.read) its gap counts. */
export async function listChains(ctx: AuthedContext) {
  const { db, user } = ctx;
  const withTargets = targetsVisible(user);
  const chainRows = await db.select().from(chains).orderBy(asc(chains.sort), asc(chains.code));
  const nodeRows = await db
    .select({
      id: chainNodes.id,
      chainId: chainNodes.chainId,
      tier: chainNodes.tier,
      override: chainNodes.strengthOverride,
      enterprises: sql<number>`count(${enterprises.id})::int`,
      large: sql<number>`(count(${enterprises.id}) filter (where ${largeEnterprise}))::int`,
    })
    .from(chainNodes)
    .leftJoin(chainNodeEnterprises, eq(chainNodeEnterprises.nodeId, chainNodes.id))
    .leftJoin(enterprises, eq(enterprises.id, chainNodeEnterprises.enterpriseId))
    .where(isNull(chainNodes.retiredAt))
    .groupBy(chainNodes.id);
  const gaps = withTargets ? await chainGapTotals(db) : new Map<string, GapFunnel>();
  return chainRows.map((c) => {
    const mine = nodeRows.filter((n) => n.chainId === c.id);
    const tiers = Object.fromEntries(CHAIN_TIERS.map((t) => [t, mine.filter((n) => n.tier === t).length])) as Record<
      ChainTier,
      number
    >;
    const strengths: Record<ChainStrength, number> = { strong: 0, weak: 0, missing: 0 };
    for (const n of mine) {
      const override = n.override ? { strength: n.override, reason: "" } : null;
      strengths[strengthFromCounts(Number(n.enterprises), Number(n.large), override).strength]++;
    }
    return {
      id: c.id,
      code: c.code,
      name: c.name,
      nameEn: c.nameEn,
      nodes: mine.length,
      tiers,
      strengths,
      /** Nodes marked weak or missing: the chain's gaps (补链·延链). */
      gapNodes: strengths.weak + strengths.missing,
      gap: withTargets ? (gaps.get(c.id) ?? { ...EMPTY_FUNNEL }) : undefined,
    };
  });
}
