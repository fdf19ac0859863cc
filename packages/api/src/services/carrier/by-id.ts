import { and, asc, eq, schema, sql } from "@crm/db";
import { todayInShanghai, vacancyOf } from "@crm/domain";
import { alias } from "drizzle-orm/pg-core";

import type { AuthedContext } from "../../context";
import { mayWriteCarrier, scopedCarrierById } from "../../scope/carriers";
import { phonesShown } from "../../scope/personal";
import { leadScope } from "../../scope/leads";
import { leadHiddenAs, shownProjectName } from "../../scope/names";
import { projectScope } from "../../scope/projects";
import { loadPolicy } from "../settings/policies";
import { staleSql } from "./query";

const { carriers, carrierSpaces, carrierAttachments, carrierNodes, chainNodes, orgUnits, chains, leads, projects } =
  schema;
const owners = alias(orgUnits, "owner_unit");

/**
 * One carrier with its spaces (and their derived vacancy), the chain nodes it suits, its
 * attachments (without their bytes) and the lead or project it is linked to — named only when
 * the caller may see that lead or project, and then by the name the caller may see.
 */
export async function carrierById(ctx: AuthedContext, input: { id: string }) {
  const { db, user } = ctx;
  const row = await scopedCarrierById(db, user, input.id);
  const asOf = todayInShanghai(ctx.now());
  const { freshnessDays } = await loadPolicy(db);
  const [[names], spaces, nodes, attachments, lead, project] = await Promise.all([
    db
      .select({
        zoneName: orgUnits.shortName,
        ownerUnitName: owners.shortName,
        chainName: chains.name,
        stale: staleSql(asOf, freshnessDays),
      })
      .from(carriers)
      .innerJoin(orgUnits, eq(orgUnits.id, carriers.zoneId))
      .innerJoin(owners, eq(owners.id, carriers.ownerUnitId))
      .leftJoin(chains, eq(chains.id, carriers.chainId))
      .where(eq(carriers.id, row.id)),
    db
      .select({
        id: carrierSpaces.id,
        label: carrierSpaces.label,
        floor: carrierSpaces.floor,
        areaSqm: carrierSpaces.areaSqm,
        clearHeightM: carrierSpaces.clearHeightM,
        floorLoadT: carrierSpaces.floorLoadT,
        powerKva: carrierSpaces.powerKva,
        freightLift: carrierSpaces.freightLift,
        rentYuanPerSqm: carrierSpaces.rentYuanPerSqm,
        state: carrierSpaces.state,
      })
      .from(carrierSpaces)
      .where(eq(carrierSpaces.carrierId, row.id))
      .orderBy(asc(carrierSpaces.floor), asc(carrierSpaces.label)),
    db
      .select({ id: chainNodes.id, name: chainNodes.name })
      .from(carrierNodes)
      .innerJoin(chainNodes, eq(chainNodes.id, carrierNodes.nodeId))
      .where(eq(carrierNodes.carrierId, row.id)),
    db
      .select({
        id: carrierAttachments.id,
        fileName: carrierAttachments.fileName,
        contentType: carrierAttachments.contentType,
        size: carrierAttachments.size,
        createdAt: carrierAttachments.createdAt,
      })
      .from(carrierAttachments)
      .where(eq(carrierAttachments.carrierId, row.id))
      .orderBy(asc(carrierAttachments.createdAt)),
    row.leadId
      ? db
          .select({
            id: leads.id,
            name: sql<string>`coalesce(${leadHiddenAs(user)}, ${leads.enterpriseName})`,
          })
          .from(leads)
          .where(and(leadScope(user), eq(leads.id, row.leadId)))
      : Promise.resolve([]),
    row.projectId
      ? db
          .select({ id: projects.id, name: shownProjectName(user), stage: projects.stage })
          .from(projects)
          .where(and(projectScope(user), eq(projects.id, row.projectId)))
      : Promise.resolve([]),
  ]);
  const { leadId: _l, projectId: _p, ...carrier } = row;
  const mayEdit = mayWriteCarrier(user, row);
  const phones = await phonesShown(ctx, { entity: "carrier", id: row.id }, { contactPhone: row.contactPhone }, mayEdit);
  return {
    ...carrier,
    ...phones,
    ...names!,
    spaces,
    vacancy: row.kind === "factory" || row.kind === "building" ? vacancyOf(spaces) : null,
    nodes,
    attachments,
    /** Linked to a lead or project the caller cannot see: said, but not named. */
    linked: !!(row.leadId || row.projectId),
    lead: lead[0] ?? null,
    project: project[0] ?? null,
    freshnessDays,
    mayEdit,
  };
}
