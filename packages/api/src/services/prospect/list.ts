import { and, asc, eq, ilike, like, or, schema, sql } from "@crm/db";
import { prospectIsStale, staleBefore, todayInShanghai, type ProspectListInput } from "@crm/domain";
import type { z } from "zod";

import type { AuthedContext } from "../../context";
import { maskHidden, prospectNamed, prospectNameColumns, prospectScope, prospectWritable } from "../../scope/prospects";
import { loadPolicy, loadProspectWeights } from "../settings/policies";
import { nodeStrengths, scoreRow } from "./score";

const { prospects, chains, chainNodes, orgUnits } = schema;

/**
 * The ranked target list (目标企业库) for planning trips and visits: filtered in SQL, scored with
 * its parts under the bureau's weights (the rule lives in @crm/domain, so it is scored here rather
 * than restated in SQL), ordered, a page at a time.
 */
export async function listProspects(ctx: AuthedContext, input: z.output<typeof ProspectListInput>) {
  const { db, user } = ctx;
  const q = input.q?.trim();
  const pattern = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const where = and(
    prospectScope(user),
    eq(prospects.status, input.status),
    input.chainId ? eq(prospects.chainId, input.chainId) : undefined,
    input.nodeId ? eq(prospects.nodeId, input.nodeId) : undefined,
    input.region ? eq(prospects.hqRegion, input.region) : undefined,
    input.tag ? sql`${prospects.tags} @> array[${input.tag}]::text[]` : undefined,
    pattern
      ? and(
          prospectNamed(user),
          or(
            ilike(prospects.name, pattern),
            like(prospects.nameInitials, pattern.toLowerCase()),
            eq(prospects.creditCode, q!.toUpperCase()),
          ),
        )
      : undefined,
  );
  const [rows, weights, policy] = await Promise.all([
    db
      .select({
        id: prospects.id,
        ...prospectNameColumns(user),
        chainId: prospects.chainId,
        chainName: chains.name,
        nodeId: prospects.nodeId,
        nodeName: chainNodes.name,
        sizeBand: prospects.sizeBand,
        tags: prospects.tags,
        hqRegion: prospects.hqRegion,
        hqCity: prospects.hqCity,
        tipSource: prospects.tipSource,
        riskPoints: prospects.riskPoints,
        ownerUnitId: prospects.ownerUnitId,
        ownerName: orgUnits.shortName,
        verifiedOn: prospects.verifiedOn,
        status: prospects.status,
        leadId: prospects.leadId,
        version: prospects.version,
        canEdit: prospectWritable(user),
        nameOrder: sql<string>`${prospects.nameInitials} || ' ' || ${prospects.name}`,
      })
      .from(prospects)
      .innerJoin(chains, eq(chains.id, prospects.chainId))
      .leftJoin(chainNodes, eq(chainNodes.id, prospects.nodeId))
      .innerJoin(orgUnits, eq(orgUnits.id, prospects.ownerUnitId))
      .where(where)
      .orderBy(asc(prospects.id)),
    loadProspectWeights(db),
    loadPolicy(db),
  ]);
  const strengths = await nodeStrengths(
    db,
    rows.flatMap((r) => (r.nodeId ? [r.nodeId] : [])),
  );
  const cutoff = staleBefore(todayInShanghai(ctx.now()), policy.freshnessDays);
  const scored = rows.map(({ nameOrder, ...r }) => {
    const { node, score } = scoreRow(r, strengths, weights);
    // A name hidden behind a code name sorts as shown (its initials would hint at the real one).
    const sortName = r.hidden ? r.name : nameOrder;
    return {
      row: maskHidden({ ...r, strength: node?.strength ?? null, score, stale: prospectIsStale(r, cutoff) }),
      sortName,
    };
  });
  const byName = (a: (typeof scored)[number], b: (typeof scored)[number]) =>
    a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : 0;
  scored.sort((a, b) => {
    if (input.order === "name") return byName(a, b);
    if (input.order === "verifiedOn")
      return a.row.verifiedOn < b.row.verifiedOn ? -1 : a.row.verifiedOn > b.row.verifiedOn ? 1 : byName(a, b);
    return b.row.score.total - a.row.score.total || byName(a, b);
  });
  const page = scored.slice(input.offset, input.offset + input.limit).map((s, i) => ({
    ...s.row,
    rank: input.offset + i + 1,
  }));
  const nextOffset = input.offset + input.limit < scored.length ? input.offset + input.limit : null;
  return { items: page, total: scored.length, nextOffset, freshnessDays: policy.freshnessDays };
}
