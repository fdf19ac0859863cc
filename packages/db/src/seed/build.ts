import { CHAIN_TIERS, enterpriseNameKey, LANDED_STAGES, nameInitials, type EnterpriseTag } from "@crm/domain";
import { count, eq, inArray } from "drizzle-orm";

import type { Executor } from "../client";
import { mobileColumns } from "../personal-data";
import * as s from "../schema";
import { CHAINS, INDUSTRY_NODES, NODE_ENTERPRISES, PROJECT_NODES, STRENGTH_OVERRIDES, type ChainSpec } from "./chains";
import { expandMoves, stageDates } from "./moves";
import { DEMO_ACCOUNTS, OTHER_PEOPLE } from "./people";
import type { EnterpriseSpec, ProjectSpec } from "./spec";
import { UNITS } from "./units";
import { demoCreditCode } from "./util";

/** The demo's "today": nothing in the demo data happens after it. */
export const DEMO_AS_OF = "2026-11-24";

export interface SeedOptions {
  /** argon2id hash of the demo password (hashing lives in @crm/auth). */
  passwordHash: string;
}

export async function insertUnits(db: Executor) {
  const rows = await db
    .insert(s.orgUnits)
    .values(UNITS.map((u, i) => ({ ...u, sort: i })))
    .returning({ id: s.orgUnits.id, code: s.orgUnits.code });
  return new Map(rows.map((r) => [r.code, r.id]));
}

export async function insertChains(db: Executor) {
  const chainRows = await db
    .insert(s.chains)
    .values(CHAINS.map((c, i) => ({ code: c.code, name: c.name, nameEn: c.nameEn, sort: i })))
    .returning({ id: s.chains.id, code: s.chains.code });
  const ids = new Map(chainRows.map((r) => [r.code, r.id]));
  for (const chain of CHAINS as readonly ChainSpec[]) {
    const chainId = ids.get(chain.code)!;
    const specs = CHAIN_TIERS.flatMap((tier) =>
      chain.nodes[tier].map((n, i) => ({ tier, sort: i, ...(typeof n === "string" ? { name: n } : n) })),
    );
    const top = await db
      .insert(s.chainNodes)
      .values(specs.map((n) => ({ chainId, tier: n.tier, name: n.name, sort: n.sort })))
      .returning({ id: s.chainNodes.id, tier: s.chainNodes.tier, name: s.chainNodes.name });
    const subs = specs.flatMap((n, i) =>
      (n.sub ?? []).map((name, j) => ({ chainId, tier: n.tier, parentId: top[i]!.id, name, sort: j })),
    );
    if (subs.length) await db.insert(s.chainNodes).values(subs);
    const byName = new Map(top.map((n) => [n.name, n.id]));
    const links = chain.links
      ? chain.links.map(([from, to]) => ({ fromNodeId: byName.get(from)!, toNodeId: byName.get(to)! }))
      : top.flatMap((a) =>
          top
            .filter((b) => CHAIN_TIERS.indexOf(b.tier) === CHAIN_TIERS.indexOf(a.tier) + 1)
            .map((b) => ({ fromNodeId: a.id, toNodeId: b.id })),
        );
    if (links.some((l) => !l.fromNodeId || !l.toNodeId)) throw new Error(`seed: a link of ${chain.code} names no node`);
    if (links.length) await db.insert(s.chainNodeLinks).values(links);
  }
  return ids;
}

/**
 * The enterprises already here at each node (chain_node_enterprise) and the node of each project
 * where it is plain (projects.chainNodeId): the story enterprises by name (NODE_ENTERPRISES,
 * PROJECT_NODES), the generated ones by their industry word (INDUSTRY_NODES), an enterprise counting
 * as here once its project has landed.
 */
export async function insertChainMembers(
  db: Executor,
  ids: { chains: Map<string, string>; enterprises: Map<string, string>; projects: Map<string, string> },
  enterpriseSpecs: readonly EnterpriseSpec[],
) {
  const nodes = await db
    .select({ id: s.chainNodes.id, chainId: s.chainNodes.chainId, name: s.chainNodes.name })
    .from(s.chainNodes);
  const nodeOf = (chainId: string | null, name: string) =>
    nodes.find((n) => n.chainId === chainId && n.name === name)?.id ?? null;
  const members = new Map<string, { nodeId: string; enterpriseId: string }>();
  const put = (nodeId: string | null, enterpriseId: string | undefined) => {
    if (nodeId && enterpriseId) members.set(`${nodeId}:${enterpriseId}`, { nodeId, enterpriseId });
  };
  for (const [code, byNode] of Object.entries(NODE_ENTERPRISES)) {
    for (const [name, keys] of Object.entries(byNode ?? {}))
      for (const key of keys) put(nodeOf(ids.chains.get(code)!, name), ids.enterprises.get(key));
  }
  const industry = new Map(enterpriseSpecs.map((e) => [e.key, e.industry ?? ""]));
  const rows = await db
    .select({
      id: s.projects.id,
      chainId: s.projects.chainId,
      stage: s.projects.stage,
      enterpriseId: s.projects.enterpriseId,
    })
    .from(s.projects);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const atNode = new Map<string, string[]>();
  for (const [key, projectId] of ids.projects) {
    const p = byId.get(projectId);
    if (!p?.chainId) continue;
    const story = PROJECT_NODES[key];
    const generated = key.startsWith("gen-") ? INDUSTRY_NODES[industry.get(key) ?? ""] : undefined;
    const nodeId = nodeOf(p.chainId, story ?? generated?.node ?? "");
    if (!nodeId) continue;
    atNode.set(nodeId, [...(atNode.get(nodeId) ?? []), projectId]);
    if (generated?.here && LANDED_STAGES.includes(p.stage)) put(nodeId, p.enterpriseId);
  }
  for (const [code, byNode] of Object.entries(STRENGTH_OVERRIDES)) {
    for (const [name, o] of Object.entries(byNode ?? {})) {
      const nodeId = nodeOf(ids.chains.get(code)!, name);
      if (nodeId)
        await db
          .update(s.chainNodes)
          .set({ strengthOverride: o.strength, overrideReason: o.reason })
          .where(eq(s.chainNodes.id, nodeId));
    }
  }
  for (const [nodeId, projectIds] of atNode)
    await db.update(s.projects).set({ chainNodeId: nodeId }).where(inArray(s.projects.id, projectIds));
  if (members.size) await db.insert(s.chainNodeEnterprises).values([...members.values()]);
}

export async function insertPeople(
  db: Executor,
  units: Map<string, string>,
  enterprises: Map<string, string>,
  passwordHash: string,
) {
  const people = [...DEMO_ACCOUNTS, ...OTHER_PEOPLE];
  const rows = await db
    .insert(s.users)
    .values(
      people.map((p) => ({
        username: p.username,
        displayName: p.displayName,
        title: p.title,
        role: p.role,
        ...mobileColumns(p.mobile),
        unitId: p.unit ? units.get(p.unit)! : null,
        enterpriseId: "enterprise" in p ? (enterprises.get(p.enterprise) ?? null) : null,
        passwordHash,
      })),
    )
    .returning({ id: s.users.id, username: s.users.username });
  return new Map(rows.map((r) => [r.username, r.id]));
}

/** Moves dated after the demo's today are dropped, so no screen shows the future. */
function upToToday(p: ProjectSpec): ProjectSpec {
  return { ...p, moves: p.moves.filter((m) => m[1] <= DEMO_AS_OF) };
}

export async function insertEnterprises(
  db: Executor,
  specs: readonly EnterpriseSpec[],
  landedKeys: ReadonlySet<string>,
) {
  const rows = await db
    .insert(s.enterprises)
    .values(
      specs.map((e, i) => ({
        name: e.name,
        nameKey: enterpriseNameKey(e.name),
        nameInitials: nameInitials(e.name),
        creditCode: e.creditCode ?? (landedKeys.has(e.key) ? demoCreditCode(i + 1) : null),
        originRegion: e.originRegion ?? null,
        originCity: e.originCity ?? null,
        industry: e.industry ?? null,
        tags: (e.fortune500 ? ["fortune500"] : []) satisfies EnterpriseTag[],
        aboveScaleSince: e.aboveScaleSince ?? null,
        contactName: e.contactName ?? null,
        contactPhone: e.contactPhone ?? null,
      })),
    )
    .returning({ id: s.enterprises.id });
  return new Map(specs.map((e, i) => [e.key, rows[i]!.id]));
}

export async function insertProjects(
  db: Executor,
  specs: readonly ProjectSpec[],
  ids: {
    units: Map<string, string>;
    chains: Map<string, string>;
    people: Map<string, string>;
    enterprises: Map<string, string>;
  },
) {
  const actorFallback = ids.people.get("bureau.staff")!;
  const projectIds = new Map<string, string>();
  for (const raw of specs) {
    const p = upToToday(raw);
    const events = expandMoves(p.moves);
    const zoneId = ids.units.get(p.zone)!;
    const contactId = p.contact ? ids.people.get(p.contact)! : null;
    const [project] = await db
      .insert(s.projects)
      .values({
        name: p.name,
        nameInitials: nameInitials(p.name),
        codeName: p.codeName ?? null,
        enterpriseId: ids.enterprises.get(p.enterprise)!,
        chainId: p.chain ? ids.chains.get(p.chain)! : null,
        zoneId,
        responsibleUnitId: zoneId,
        serviceContactId: contactId,
        responsibleLeaderId: p.leader ? ids.people.get(p.leader)! : null,
        stage: events[events.length - 1]!.to,
        plannedAmount: p.plannedAmount ?? null,
        signedAmount: events.some((e) => e.to === "signed") ? (p.signedAmount ?? null) : null,
        investedAmount: p.investedAmount ?? null,
        landArea: p.landArea ?? null,
        jobs: p.jobs ?? null,
        constructionContent: p.content ?? null,
        tags: [...(p.tags ?? [])],
        ...stageDates(events),
      })
      .returning({ id: s.projects.id });
    const projectId = project!.id;
    projectIds.set(p.key, projectId);
    await db.insert(s.stageEvents).values(
      events.map((e) => ({
        projectId,
        fromStage: e.from,
        toStage: e.to,
        occurredOn: e.on,
        note: e.note,
        actorId: contactId ?? actorFallback,
      })),
    );
    const funds = (p.funds ?? []).filter(([month]) => month <= DEMO_AS_OF);
    if (funds.length) {
      await db
        .insert(s.fundPostings)
        .values(funds.map(([month, amount]) => ({ projectId, month, amount, postedById: contactId ?? actorFallback })));
    }
    if (p.approvals?.length) {
      await db.insert(s.approvals).values(
        p.approvals.map((a) => ({
          projectId,
          item: a.item,
          departmentId: ids.units.get(a.department)!,
          status: a.status,
          startedOn: a.startedOn ?? null,
          submittedOn: a.submittedOn ?? null,
          decidedOn: a.decidedOn ?? null,
          timeLimitDays: a.timeLimitDays ?? null,
          blocker: a.blocker ?? null,
          helpedById: a.helpedBy ? ids.people.get(a.helpedBy)! : null,
        })),
      );
    }
  }
  return projectIds;
}

export async function isEmpty(db: Executor): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(s.orgUnits);
  return (row?.n ?? 0) === 0;
}
