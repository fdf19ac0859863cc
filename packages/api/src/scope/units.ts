import type { SessionUser } from "@crm/auth";

import { isBureau, isDistrictWide, isZoneBound } from "./roles";

// What the caller may do for a unit or in a zone (the record's unit, or the one asked for).

/** 月度调度: a unit's monthly page is read by the unit itself and by the district-wide roles. */
export function mayReadDispatchOf(user: SessionUser, unitId: string): boolean {
  return unitId === user.unitId || isDistrictWide(user);
}

/** A project's monthly update is posted by its responsible unit, or by the bureau for it. */
export function mayDispatchFor(user: SessionUser, unitId: string): boolean {
  return unitId === user.unitId || isBureau(user);
}

/**
 * A new project (converted from a lead, or imported) lands in a zone: a zone task force opens
 * projects in its own zone only; the bureau and the departments in any zone.
 */
export function mayOpenProjectInZone(user: SessionUser, zoneId: string): boolean {
  return !isZoneBound(user) || user.unitId === zoneId;
}

/** Leads are reported in one's own unit's name; the district-wide roles also import them for any unit. */
export function mayReportLeadFor(user: SessionUser, unitId: string): boolean {
  return unitId === user.unitId || isDistrictWide(user);
}
