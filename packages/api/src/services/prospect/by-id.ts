import { and, eq, schema } from "@crm/db";
import { prospectIsStale, staleBefore, todayInShanghai } from "@crm/domain";
import { alias } from "drizzle-orm/pg-core";

import type { AuthedContext } from "../../context";
import { notFound } from "../../errors";
import { leadScope } from "../../scope/leads";
import { phonesShown } from "../../scope/personal";
import { maskHidden, mayWriteProspect, prospectNameColumns, prospectScope } from "../../scope/prospects";
import { loadPolicy, loadProspectWeights } from "../settings/policies";
import { nodeStrengths, scoreRow } from "./score";

const { prospects, chains, chainNodes, orgUnits, leads } = schema;
const owner = alias(orgUnits, "owner");

/** One target with its score's parts, the node's strength and its input, and what the caller may do. */
export async function prospectById(ctx: AuthedContext, input: { id: string }) {
  const { db, user } = ctx;
  const [row] = await db
    .select({
      id: prospects.id,
      ...prospectNameColumns(user),
      creditCode: prospects.creditCode,
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
      riskNote: prospects.riskNote,
      contactName: prospects.contactName,
      contactPhone: prospects.contactPhone,
      notes: prospects.notes,
      ownerUnitId: prospects.ownerUnitId,
      ownerName: owner.shortName,
      verifiedOn: prospects.verifiedOn,
      status: prospects.status,
      dropReason: prospects.dropReason,
      leadId: prospects.leadId,
      createdAt: prospects.createdAt,
      updatedAt: prospects.updatedAt,
      version: prospects.version,
    })
    .from(prospects)
    .innerJoin(chains, eq(chains.id, prospects.chainId))
    .leftJoin(chainNodes, eq(chainNodes.id, prospects.nodeId))
    .innerJoin(owner, eq(owner.id, prospects.ownerUnitId))
    .where(and(prospectScope(user), eq(prospects.id, input.id)))
    .limit(1);
  if (!row) throw notFound();
  const [weights, policy, strengths] = await Promise.all([
    loadProspectWeights(db),
    loadPolicy(db),
    nodeStrengths(db, row.nodeId ? [row.nodeId] : []),
  ]);
  const { node, score } = scoreRow(row, strengths, weights);
  // The lead raised from it, where the caller may open that lead.
  const [lead] = row.leadId
    ? await db
        .select({ id: leads.id, status: leads.status })
        .from(leads)
        .where(and(leadScope(user), eq(leads.id, row.leadId)))
    : [];
  const keeps = mayWriteProspect(user, row);
  const canEdit = keeps && row.status === "open";
  const phones = await phonesShown(ctx, { entity: "prospect", id: row.id }, { contactPhone: row.contactPhone }, keeps);
  return maskHidden({
    ...row,
    ...phones,
    node,
    score,
    stale: prospectIsStale(row, staleBefore(todayInShanghai(ctx.now()), policy.freshnessDays)),
    lead: lead ?? null,
    // A zone raises its own targets for itself; the bureau any, for any zone.
    can: { keep: keeps, edit: canEdit, raiseLead: canEdit },
  });
}
