import { and, asc, eq, inArray, schema, type Executor } from "@crm/db";

const { carriers, carrierSpaces, orgUnits, chains } = schema;

/**
 * The name an investor knows an area by: a zone's task force (园区专班, 街区专班 …) is an internal
 * unit, so the edition names the area it works (园区, 街区, 商区, 景区, 片区).
 */
export function publicAreaName(zoneShortName: string): string {
  const area = zoneShortName.replace(/专班$/, "").trim();
  return area || zoneShortName;
}

/**
 * The opportunity list's investor edition: carriers still available (none in talks or taken), with
 * what an investor weighs — where, how big, for what, on what terms, and the free spaces of plants
 * and buildings. Nothing internal: no owner's or on-site contact, no lead or project, no note, and
 * the area's public name instead of the task force's (publicAreaName).
 * The columns are named one by one so that a field added to carriers later stays internal.
 */
export async function investorOpportunities(db: Executor, filter: { zoneId: string | null }) {
  const rows = await db
    .select({
      id: carriers.id,
      kind: carriers.kind,
      code: carriers.code,
      name: carriers.name,
      zone: orgUnits.shortName,
      chain: chains.name,
      locationText: carriers.locationText,
      areaMu: carriers.areaMu,
      floorAreaSqm: carriers.floorAreaSqm,
      plannedUse: carriers.plannedUse,
      plotRatio: carriers.plotRatio,
      intensityWanPerMu: carriers.intensityWanPerMu,
      priceWanPerMu: carriers.priceWanPerMu,
      supplyState: carriers.supplyState,
      readiness: carriers.readiness,
      availableFrom: carriers.availableFrom,
      rentYuanPerSqm: carriers.rentYuanPerSqm,
      description: carriers.description,
    })
    .from(carriers)
    .innerJoin(orgUnits, eq(orgUnits.id, carriers.zoneId))
    .leftJoin(chains, eq(chains.id, carriers.chainId))
    .where(and(eq(carriers.state, "available"), filter.zoneId ? eq(carriers.zoneId, filter.zoneId) : undefined))
    .orderBy(asc(orgUnits.sort), asc(carriers.kind), asc(carriers.code))
    .limit(2000);
  const spaces = rows.length
    ? await db
        .select({
          carrierId: carriers.id,
          label: carrierSpaces.label,
          floor: carrierSpaces.floor,
          areaSqm: carrierSpaces.areaSqm,
          clearHeightM: carrierSpaces.clearHeightM,
          floorLoadT: carrierSpaces.floorLoadT,
          powerKva: carrierSpaces.powerKva,
          freightLift: carrierSpaces.freightLift,
          rentYuanPerSqm: carrierSpaces.rentYuanPerSqm,
        })
        .from(carrierSpaces)
        .innerJoin(carriers, eq(carriers.id, carrierSpaces.carrierId))
        .where(
          and(
            eq(carrierSpaces.state, "free"),
            inArray(
              carrierSpaces.carrierId,
              rows.map((r) => r.id),
            ),
          ),
        )
        .orderBy(asc(carrierSpaces.floor), asc(carrierSpaces.label))
    : [];
  // Ids stay on the server: the edition shows codes.
  return rows.map(({ id, zone, ...r }) => ({
    ...r,
    zone: publicAreaName(zone),
    freeSpaces: spaces.filter((s) => s.carrierId === id).map(({ carrierId: _, ...s }) => s),
  }));
}
