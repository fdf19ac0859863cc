/**
 * Who may keep which carriers (载体) current: one rule for the server (packages/api/src/scope/carriers.ts
 * turns it into row scopes and checks) and for the create and edit form (which offers only what
 * the rule lets the caller save).
 * - the bureau (and the admin): any kind, in any zone, kept by any zone or department;
 * - a zone task force: any kind in its own zone (a department's parcel there too), a new one kept by itself;
 * - a department: only land parcels, kept by itself (in any zone);
 * - nobody else.
 */
import { CARRIER_KINDS, type CarrierKind } from "./opportunities";

/** What the caller is to the rule; the api decides it from the role (scope/carriers.ts). */
export type CarrierWriter = "bureau" | "zone" | "department" | "none";

export interface CarrierReach {
  /** The kinds it may keep. */
  kinds: readonly CarrierKind[];
  /** The only zone its carriers may lie in; null: any zone. */
  zoneId: string | null;
  /** The only keeper it may name (an edit may also leave the one the carrier has); null: any zone or department. */
  ownerUnitId: string | null;
  /** Whether the keeper decides which carriers are its (a department: the parcels it keeps); otherwise the zone does. */
  byOwner: boolean;
}

export interface CarrierKeeping {
  kind: CarrierKind;
  zoneId: string;
  ownerUnitId: string;
}

/** The caller's reach, or null when it may keep no carrier. */
export function carrierReach(writer: CarrierWriter, unitId: string | null): CarrierReach | null {
  if (writer === "bureau") return { kinds: CARRIER_KINDS, zoneId: null, ownerUnitId: null, byOwner: false };
  if (!unitId) return null;
  if (writer === "zone") return { kinds: CARRIER_KINDS, zoneId: unitId, ownerUnitId: unitId, byOwner: false };
  if (writer === "department") return { kinds: ["land"], zoneId: null, ownerUnitId: unitId, byOwner: true };
  return null;
}

/** May it change this stored carrier (edit, confirm, move it)? */
export function mayChangeCarrier(reach: CarrierReach | null, row: CarrierKeeping): boolean {
  if (!reach) return false;
  if (!reach.kinds.includes(row.kind)) return false;
  if (reach.zoneId !== null && row.zoneId !== reach.zoneId) return false;
  if (reach.byOwner && row.ownerUnitId !== reach.ownerUnitId) return false;
  return true;
}

/**
 * May it save these values: a new carrier, or an edit of `before` (which it must be able to
 * change). The keeper named is its own, or the one the carrier already had.
 */
export function maySaveCarrier(
  reach: CarrierReach | null,
  values: CarrierKeeping,
  before?: Pick<CarrierKeeping, "ownerUnitId"> | null,
): boolean {
  if (!reach || !mayChangeCarrier(reach, values)) return false;
  return (
    reach.ownerUnitId === null || values.ownerUnitId === reach.ownerUnitId || values.ownerUnitId === before?.ownerUnitId
  );
}

/** The keeper of a new carrier when none is named: the caller's own unit, or (the bureau) the carrier's zone. */
export function defaultCarrierOwner(reach: CarrierReach | null, zoneId: string): string {
  return reach?.ownerUnitId ?? zoneId;
}
