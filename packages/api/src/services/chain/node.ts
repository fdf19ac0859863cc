import { and, asc, eq, inArray, ne, or, schema, sql } from "@crm/db";
import { EMPTY_FUNNEL, gapFunnel, strengthFromCounts, type ChainNodeInput, type Stage } from "@crm/domain";
import { alias } from "drizzle-orm/pg-core";

import type { AuthedContext } from "../../context";
import { carriersVisible, nodeProjectScope, scopedChain, scopedNode, targetsVisible } from "../../scope/chains";
import { enterpriseHiddenAs, leadHiddenAs, projectNameColumns } from "../../scope/names";
import { largeEnterprise } from "./map";

const {
  chainNodes,
  chainNodeLinks,
  chainNodeEnterprises,
  enterprises,
  projects,
  prospects,
  leads,
  carriers,
  carrierNodes,
} = schema;
const other = alias(chainNodes, "other_node");

/**
 * One node's panel: the enterprises already here, the projects at it with their stages (through the
 * caller's project scope, named by the code-name rule), its targets with the leads raised from them
 * and those leads' projects (the gap loop; only with prospect.read), and the carriers suited to it.
 * An enterprise or a target whose project is confidential to the caller goes by the code name and
 * carries no id.
 */
export async function chainNode(ctx: AuthedContext, input: ChainNodeInput) {
  const { db, user } = ctx;
  const node = await scopedNode(db, user, input.nodeId);
  const chain = await scopedChain(db, user, { chainId: node.chainId });

  const hiddenAs = enterpriseHiddenAs(user, enterprises.id);
  const [enterpriseRows, projectRows, allProjects, carrierRows, neighbourRows] = await Promise.all([
    db
      .select({
        id: enterprises.id,
        name: enterprises.name,
        hiddenAs,
        large: sql<boolean>`${largeEnterprise}`,
      })
      .from(chainNodeEnterprises)
      .innerJoin(enterprises, eq(enterprises.id, chainNodeEnterprises.enterpriseId))
      .where(eq(chainNodeEnterprises.nodeId, node.id))
      .orderBy(asc(enterprises.nameInitials), asc(enterprises.id)),
    db
      .select({ id: projects.id, ...projectNameColumns(user), stage: projects.stage })
      .from(projects)
      .where(and(eq(projects.chainNodeId, node.id), nodeProjectScope(user)))
      .orderBy(asc(projects.stage), asc(projects.createdAt)),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(projects)
      .where(eq(projects.chainNodeId, node.id)),
    db
      .select({ id: carriers.id, code: carriers.code, name: carriers.name, kind: carriers.kind, state: carriers.state })
      .from(carrierNodes)
      .innerJoin(carriers, eq(carriers.id, carrierNodes.carrierId))
      .where(eq(carrierNodes.nodeId, node.id))
      .orderBy(asc(carriers.code)),
    db
      .select({
        id: other.id,
        name: other.name,
        tier: other.tier,
        parentId: other.parentId,
        retired: sql<boolean>`(${other.retiredAt} is not null)`,
        direction: sql<
          "from" | "to" | "child"
        >`(case when ${chainNodeLinks.fromNodeId} = ${node.id} then 'to' when ${chainNodeLinks.toNodeId} = ${node.id} then 'from' else 'child' end)`,
      })
      .from(other)
      .leftJoin(
        chainNodeLinks,
        or(
          and(eq(chainNodeLinks.fromNodeId, node.id), eq(chainNodeLinks.toNodeId, other.id)),
          and(eq(chainNodeLinks.toNodeId, node.id), eq(chainNodeLinks.fromNodeId, other.id)),
        ),
      )
      .where(
        and(
          eq(other.chainId, node.chainId),
          or(eq(other.parentId, node.id), sql`${chainNodeLinks.fromNodeId} is not null`),
        ),
      )
      .orderBy(asc(other.tier), asc(other.sort)),
  ]);

  const large = enterpriseRows.filter((e) => e.large).length;
  const override =
    node.strengthOverride !== null ? { strength: node.strengthOverride, reason: node.overrideReason ?? "" } : null;

  const base = {
    node: {
      id: node.id,
      chainId: chain.id,
      chainCode: chain.code,
      chainName: chain.name,
      tier: node.tier,
      parentId: node.parentId,
      name: node.name,
      sort: node.sort,
      version: node.version,
      retired: node.retiredAt !== null,
      overrideReason: node.overrideReason,
    },
    strength: strengthFromCounts(enterpriseRows.length, large, override),
    enterprises: enterpriseRows.map((e) =>
      e.hiddenAs === null
        ? { id: e.id, name: e.name, large: e.large, hidden: false }
        : { id: null, name: e.hiddenAs, large: e.large, hidden: true },
    ),
    projects: projectRows.map((p) => ({ id: p.id, name: p.name, confidential: p.confidential, stage: p.stage })),
    /** Projects at the node outside the caller's project scope: a count, as other units' work is shown. */
    otherProjects: Math.max(0, Number(allProjects[0]?.n ?? 0) - projectRows.length),
    carriers: carriersVisible(user) ? carrierRows : null,
    carrierCount: carrierRows.length,
    children: neighbourRows.filter((r) => r.direction === "child").map(({ direction: _d, ...r }) => r),
    suppliedBy: neighbourRows.filter((r) => r.direction === "from").map(({ direction: _d, ...r }) => r),
    supplies: neighbourRows.filter((r) => r.direction === "to").map(({ direction: _d, ...r }) => r),
  };
  if (!targetsVisible(user)) return { ...base, targets: null, gap: null };
  return { ...base, ...(await nodeTargets(ctx, node.id)) };
}

/**
 * The targets at a node with the leads raised from them and those leads' projects (the gap loop).
 * A target whose lead or project is confidential to the caller goes by the code name; a project the
 * caller may not see is counted in the funnel (a district figure) but not named.
 */
async function nodeTargets(ctx: AuthedContext, nodeId: string) {
  const { db, user } = ctx;
  const rows = await db
    .select({
      id: prospects.id,
      name: prospects.name,
      hiddenAs: leadHiddenAs(user),
      sizeBand: prospects.sizeBand,
      tags: prospects.tags,
      status: prospects.status,
      leadId: prospects.leadId,
      leadStatus: leads.status,
      projectId: leads.projectId,
      projectStage: projects.stage,
    })
    .from(prospects)
    .leftJoin(leads, eq(leads.id, prospects.leadId))
    .leftJoin(projects, eq(projects.id, leads.projectId))
    .where(and(eq(prospects.nodeId, nodeId), ne(prospects.status, "dropped")))
    .orderBy(asc(prospects.nameInitials), asc(prospects.id));

  const projectIds = rows.map((r) => r.projectId).filter((id): id is string => id !== null);
  const visible = projectIds.length
    ? await db
        .select({ id: projects.id, ...projectNameColumns(user), stage: projects.stage })
        .from(projects)
        .where(and(inArray(projects.id, projectIds), nodeProjectScope(user)))
    : [];
  const shown = new Map(visible.map((p) => [p.id, p]));

  const targets = rows.map((r) => {
    const project = r.projectId ? shown.get(r.projectId) : undefined;
    const hidden = r.hiddenAs !== null;
    return {
      id: r.id,
      name: hidden ? r.hiddenAs! : r.name,
      hidden,
      sizeBand: r.sizeBand,
      tags: hidden ? [] : r.tags,
      status: r.status,
      lead: r.leadId ? { id: hidden ? null : r.leadId, status: r.leadStatus } : null,
      project: project
        ? { id: project.id, name: project.name, confidential: project.confidential, stage: project.stage as Stage }
        : null,
    };
  });
  const gap = rows.length
    ? gapFunnel(rows.map((r) => ({ leadId: r.leadId, projectStage: r.projectStage })))
    : { ...EMPTY_FUNNEL };
  return { targets, gap };
}
