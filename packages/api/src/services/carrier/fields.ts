import { and, eq, inArray, schema, type Executor } from "@crm/db";
import type { CarrierFields } from "@crm/domain";

import type { AuthedContext } from "../../context";
import { badRequest, forbidden } from "../../errors";
import { defaultOwnerUnit, maySaveCarrierValues } from "../../scope/carriers";

const { carrierSpaces, carrierNodes, orgUnits, chains, chainNodes } = schema;

/** A carrier's columns from its fields: the ones its kind does not have are cleared. */
export function carrierColumns(f: CarrierFields, ownerUnitId: string) {
  const none = {
    latitude: null,
    longitude: null,
    areaMu: null,
    floorAreaSqm: null,
    plannedUse: null,
    plotRatio: null,
    intensityWanPerMu: null,
    priceWanPerMu: null,
    supplyState: null,
    readiness: null,
    availableFrom: null,
    rentYuanPerSqm: null,
  };
  const common = {
    code: f.code,
    name: f.name,
    zoneId: f.zoneId,
    chainId: f.chainId ?? null,
    locationText: f.locationText,
    description: f.description ?? null,
    ownerUnitId,
    contactName: f.contactName ?? null,
    contactPhone: f.contactPhone ?? null,
  };
  switch (f.kind) {
    case "land":
      return {
        ...none,
        ...common,
        latitude: f.latitude ?? null,
        longitude: f.longitude ?? null,
        areaMu: f.areaMu,
        plannedUse: f.plannedUse ?? null,
        plotRatio: f.plotRatio ?? null,
        intensityWanPerMu: f.intensityWanPerMu ?? null,
        priceWanPerMu: f.priceWanPerMu ?? null,
        supplyState: f.supplyState,
        readiness: f.readiness ?? null,
        availableFrom: f.availableFrom ?? null,
      };
    case "factory":
    case "building":
      return { ...none, ...common, plannedUse: f.plannedUse ?? null };
    case "shop":
      return {
        ...none,
        ...common,
        floorAreaSqm: f.floorAreaSqm,
        plannedUse: f.plannedUse ?? null,
        rentYuanPerSqm: f.rentYuanPerSqm ?? null,
        availableFrom: f.availableFrom ?? null,
      };
    case "scenic":
      return {
        ...none,
        ...common,
        latitude: f.latitude ?? null,
        longitude: f.longitude ?? null,
        areaMu: f.areaMu ?? null,
        plannedUse: f.plannedUse ?? null,
      };
  }
}

/**
 * Checks what a create or update would write: the zone is a zone, the owner a zone or a department,
 * the chain and nodes exist, and the caller may keep a carrier with these values. Returns the owner.
 */
export async function checkCarrierFields(db: Executor, ctx: AuthedContext, f: CarrierFields, keepOwner?: string) {
  const { user } = ctx;
  const ownerUnitId = f.ownerUnitId ?? keepOwner ?? defaultOwnerUnit(user, f.zoneId);
  const units = await db
    .select({ id: orgUnits.id, kind: orgUnits.kind })
    .from(orgUnits)
    .where(inArray(orgUnits.id, [f.zoneId, ownerUnitId]));
  const zone = units.find((u) => u.id === f.zoneId);
  const owner = units.find((u) => u.id === ownerUnitId);
  if (zone?.kind !== "zone" || !owner || !["zone", "department", "bureau"].includes(owner.kind))
    throw badRequest("invalidInput");
  if (
    !maySaveCarrierValues(
      user,
      { kind: f.kind, zoneId: f.zoneId, ownerUnitId },
      keepOwner ? { ownerUnitId: keepOwner } : null,
    )
  )
    throw forbidden();
  if (f.chainId) {
    const [chain] = await db.select({ id: chains.id }).from(chains).where(eq(chains.id, f.chainId));
    if (!chain) throw badRequest("invalidInput");
  }
  if (f.nodeIds?.length) {
    const nodes = await db
      .select({ id: chainNodes.id, chainId: chainNodes.chainId })
      .from(chainNodes)
      .where(inArray(chainNodes.id, [...new Set(f.nodeIds)]));
    if (nodes.length !== new Set(f.nodeIds).size) throw badRequest("invalidInput");
    // The nodes it suits are nodes of the chain it suits (the form offers that chain's nodes).
    if (nodes.some((n) => n.chainId !== f.chainId)) throw badRequest("chainNodeMismatch");
  }
  return ownerUnitId;
}

/** Writes a carrier's spaces and nodes as sent (a plant's spaces replace the ones it had). */
export async function writeCarrierParts(tx: Executor, carrierId: string, f: CarrierFields, replace: boolean) {
  if (f.kind === "factory" || f.kind === "building") {
    if (replace) await tx.delete(carrierSpaces).where(eq(carrierSpaces.carrierId, carrierId));
    if (f.spaces.length)
      await tx.insert(carrierSpaces).values(
        f.spaces.map((s) => ({
          carrierId,
          label: s.label,
          floor: s.floor ?? null,
          areaSqm: s.areaSqm,
          clearHeightM: s.clearHeightM ?? null,
          floorLoadT: s.floorLoadT ?? null,
          powerKva: s.powerKva ?? null,
          freightLift: s.freightLift,
          rentYuanPerSqm: s.rentYuanPerSqm ?? null,
          state: s.state,
        })),
      );
  }
  if (f.nodeIds !== undefined) {
    if (replace) await tx.delete(carrierNodes).where(and(eq(carrierNodes.carrierId, carrierId)));
    const ids = [...new Set(f.nodeIds)];
    if (ids.length) await tx.insert(carrierNodes).values(ids.map((nodeId) => ({ carrierId, nodeId })));
  }
}
