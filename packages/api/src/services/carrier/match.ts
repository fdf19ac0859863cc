import { and, eq, inArray, ne, schema, sql } from "@crm/db";
import { isLanded, matchCarriers, vacancyOf, type MatchCandidate, type MatchCarriersInput } from "@crm/domain";
import type { z } from "zod";

import type { AuthedContext } from "../../context";
import { carrierReadScope, mayWriteCarrier } from "../../scope/carriers";
import { scopedLeadById } from "../../scope/leads";
import { scopedProjectById } from "../../scope/projects";
import { matchOrder, matchScoreSql } from "./match-sql";

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
  // The free spaces of each plant and building, summed up in the database (their total area, the
  // highest, strongest, most powered, cheapest): what matching weighs, one row per carrier rather
  // than every space of every building.
  const free = db
    .select({
      carrierId: carrierSpaces.carrierId,
      areaSqm: sql<string>`sum(${carrierSpaces.areaSqm})::text`.as("free_area"),
      clearHeightM: sql<string | null>`max(${carrierSpaces.clearHeightM})::text`.as("free_height"),
      floorLoadT: sql<string | null>`max(${carrierSpaces.floorLoadT})::text`.as("free_load"),
      powerKva: sql<number | null>`max(${carrierSpaces.powerKva})`.as("free_power"),
      rentYuanPerSqm: sql<string | null>`min(${carrierSpaces.rentYuanPerSqm})::text`.as("free_rent"),
    })
    .from(carrierSpaces)
    .where(eq(carrierSpaces.state, "free"))
    .groupBy(carrierSpaces.carrierId)
    .as("free");
  const columns = {
    kind: sql`${carriers.kind}`,
    zoneId: sql`${carriers.zoneId}`,
    plannedUse: sql`${carriers.plannedUse}`,
    name: sql`${carriers.name}`,
    chainName: sql`${chains.name}`,
    areaMu: sql`${carriers.areaMu}`,
    floorAreaSqm: sql`${carriers.floorAreaSqm}`,
    priceWanPerMu: sql`${carriers.priceWanPerMu}`,
    rentYuanPerSqm: sql`${carriers.rentYuanPerSqm}`,
    freeAreaSqm: sql`${free.areaSqm}`,
    freeHeightM: sql`${free.clearHeightM}`,
    freeLoadT: sql`${free.floorLoadT}`,
    freePowerKva: sql`${free.powerKva}`,
    freeRent: sql`${free.rentYuanPerSqm}`,
  };
  // The score is computed where the carriers are (match-sql.ts, the same as matchCarriers): only
  // the best few leave the database, and matchCarriers then gives them their reasons.
  const rank = matchScoreSql(columns, need);
  const rows = await db
    .select({
      id: carriers.id,
      code: carriers.code,
      kind: carriers.kind,
      state: carriers.state,
      zoneId: carriers.zoneId,
      name: carriers.name,
      plannedUse: carriers.plannedUse,
      chainName: chains.name,
      areaMu: carriers.areaMu,
      floorAreaSqm: carriers.floorAreaSqm,
      priceWanPerMu: carriers.priceWanPerMu,
      rentYuanPerSqm: carriers.rentYuanPerSqm,
      free: {
        areaSqm: free.areaSqm,
        clearHeightM: free.clearHeightM,
        floorLoadT: free.floorLoadT,
        powerKva: free.powerKva,
        rentYuanPerSqm: free.rentYuanPerSqm,
      },
    })
    .from(carriers)
    .leftJoin(chains, eq(chains.id, carriers.chainId))
    .leftJoin(free, eq(free.carrierId, carriers.id))
    .where(
      and(
        carrierReadScope(user),
        ne(carriers.state, "taken"),
        need.kinds?.length ? inArray(carriers.kind, need.kinds) : undefined,
      ),
    )
    .orderBy(...matchOrder(rank, { state: sql`${carriers.state}`, code: sql`${carriers.code}` }))
    .limit(input.limit);
  // A building's free spaces as one: the same offer to matchCarriers (sum, highest, cheapest) as each of them.
  const candidates: MatchCandidate[] = rows.map(({ free: f, ...r }) => ({
    ...r,
    spaces:
      f?.areaSqm != null && (r.kind === "factory" || r.kind === "building")
        ? [{ ...f, areaSqm: f.areaSqm, state: "free" as const }]
        : [],
  }));
  const matches = matchCarriers(candidates, need, input.limit);
  // What the page shows of the few that fit best.
  const shown = matches.length
    ? await db
        .select({
          id: carriers.id,
          zoneName: orgUnits.shortName,
          locationText: carriers.locationText,
          ownerUnitId: carriers.ownerUnitId,
          version: carriers.version,
        })
        .from(carriers)
        .innerJoin(orgUnits, eq(orgUnits.id, carriers.zoneId))
        .where(
          inArray(
            carriers.id,
            matches.map((m) => m.carrier.id),
          ),
        )
    : [];
  const more = new Map(shown.map((r) => [r.id, r]));
  return {
    for: lead ? { leadId: lead.id } : project ? { projectId: project.id } : null,
    /** Why no carrier may be linked from here (the project has landed), or null. */
    linkRefused,
    items: matches.map(({ carrier: { spaces: s, ...c }, score, reasons }) => {
      const { ownerUnitId, ...extra } = more.get(c.id)!;
      return {
        ...c,
        ...extra,
        vacantSqm: c.kind === "factory" || c.kind === "building" ? vacancyOf(s).vacantSqm : null,
        score,
        reasons,
        mayLink:
          !linkRefused &&
          c.state === "available" &&
          mayWriteCarrier(user, { kind: c.kind, zoneId: c.zoneId, ownerUnitId }),
      };
    }),
  };
}
