import { and, eq, inArray, ne, schema, sql } from "@crm/db";
import { isLanded, matchCarriers, vacancyOf, type MatchCandidate, type MatchCarriersInput } from "@crm/domain";
import type { z } from "zod";

import type { AuthedContext } from "../../context";
import { carrierReadScope, mayWriteCarrier } from "../../scope/carriers";
import { scopedLeadById } from "../../scope/leads";
import { scopedProjectById } from "../../scope/projects";

const { carriers, carrierSpaces, orgUnits, chains, projects } = schema;

/**
 * The carriers that fit what an investor needs, best first, each with why (see matchCarriers).
 * From a lead or a project the caller can see (its zone and chain are the defaults of the need
 * the page shows); the link itself is a move to in talks (moveCarrier).
 */
export async function matchForNeed(ctx: AuthedContext, input: z.output<typeof MatchCarriersInput>) {
  const { db, user } = ctx;
  const lead = input.leadId ? await scopedLeadById(db, user, input.leadId) : null;
  const project = input.projectId ? await scopedProjectById(db, user, input.projectId) : null;
  const need = input.need;
  // A project that has landed (registered or later) takes no new carrier into talks; a lead that became one neither.
  const landedProjectId = project?.id ?? lead?.projectId ?? null;
  const [landed] = landedProjectId
    ? await db.select({ stage: projects.stage }).from(projects).where(eq(projects.id, landedProjectId))
    : [];
  const linkRefused = landed && isLanded(landed.stage) ? ("carrierProjectLanded" as const) : null;
  const rows = await db
    .select({
      id: carriers.id,
      code: carriers.code,
      kind: carriers.kind,
      state: carriers.state,
      zoneId: carriers.zoneId,
      zoneName: orgUnits.shortName,
      name: carriers.name,
      plannedUse: carriers.plannedUse,
      chainName: chains.name,
      locationText: carriers.locationText,
      areaMu: carriers.areaMu,
      floorAreaSqm: carriers.floorAreaSqm,
      priceWanPerMu: carriers.priceWanPerMu,
      rentYuanPerSqm: carriers.rentYuanPerSqm,
      ownerUnitId: carriers.ownerUnitId,
      version: carriers.version,
    })
    .from(carriers)
    .innerJoin(orgUnits, eq(orgUnits.id, carriers.zoneId))
    .leftJoin(chains, eq(chains.id, carriers.chainId))
    .where(
      and(
        carrierReadScope(user),
        ne(carriers.state, "taken"),
        need.kinds?.length ? inArray(carriers.kind, need.kinds) : undefined,
      ),
    )
    .limit(20_000);
  const spaced = rows.filter((r) => r.kind === "factory" || r.kind === "building").map((r) => r.id);
  const spaces = spaced.length
    ? await db
        .select({
          carrierId: carrierSpaces.carrierId,
          areaSqm: carrierSpaces.areaSqm,
          state: carrierSpaces.state,
          clearHeightM: carrierSpaces.clearHeightM,
          floorLoadT: carrierSpaces.floorLoadT,
          powerKva: carrierSpaces.powerKva,
          rentYuanPerSqm: carrierSpaces.rentYuanPerSqm,
        })
        .from(carrierSpaces)
        .where(sql`${carrierSpaces.carrierId} = any(${sql.param(spaced)}::uuid[])`)
    : [];
  const byCarrier = new Map<string, MatchCandidate["spaces"][number][]>();
  for (const s of spaces) {
    const list = byCarrier.get(s.carrierId) ?? [];
    list.push(s);
    byCarrier.set(s.carrierId, list);
  }
  const candidates = rows.map((r) => ({ ...r, spaces: byCarrier.get(r.id) ?? [] }));
  const matches = matchCarriers(candidates, need, input.limit);
  return {
    for: lead ? { leadId: lead.id } : project ? { projectId: project.id } : null,
    /** Why no carrier may be linked from here (the project has landed), or null. */
    linkRefused,
    items: matches.map(({ carrier: { spaces: s, ownerUnitId, ...c }, score, reasons }) => ({
      ...c,
      vacantSqm: c.kind === "factory" || c.kind === "building" ? vacancyOf(s).vacantSqm : null,
      score,
      reasons,
      mayLink:
        !linkRefused &&
        c.state === "available" &&
        mayWriteCarrier(user, { kind: c.kind, zoneId: c.zoneId, ownerUnitId }),
    })),
  };
}
