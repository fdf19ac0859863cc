import type { SessionUser } from "@crm/auth";
import { and, eq, schema, sql, type Executor } from "@crm/db";
import { can } from "@crm/domain";
import type { SQL } from "drizzle-orm";

import { badRequest, forbidden, notFound } from "../errors";
import { prospectHiddenAs } from "./names";
import { isBureau, isZoneBound } from "./roles";

const { prospects, chainNodes } = schema;

/**
 * Row and action rules for target enterprises (目标企业库). Internal: never in an investor edition.
 * - read: whoever holds `prospect.read` sees every target (the bureau, zones, leaders);
 * - write: the bureau any; a zone task force the ones it owns (`ownerUnitId`);
 * - names: a target goes by a confidential project's code name where the caller is shown it
 *   (its lead became that project, or an enterprise of its name is behind it): see names.ts.
 * Every read and write of a prospect goes through here.
 */
export function prospectScope(user: SessionUser): SQL | undefined {
  return can(user.role, "prospect.read") ? undefined : sql`false`;
}

/** The caller may edit, confirm, drop and raise this target. */
export function mayWriteProspect(user: SessionUser, row: { ownerUnitId: string }): boolean {
  if (!can(user.role, "prospect.write")) return false;
  if (isBureau(user)) return true;
  return isZoneBound(user) && !!user.unitId && row.ownerUnitId === user.unitId;
}

/** The same rule in SQL on the `prospect` row, for the list's `canEdit`. */
export function prospectWritable(user: SessionUser): SQL<boolean> {
  if (!can(user.role, "prospect.write")) return sql<boolean>`false`;
  if (isBureau(user)) return sql<boolean>`true`;
  if (!isZoneBound(user) || !user.unitId) return sql<boolean>`false`;
  return sql<boolean>`(${prospects.ownerUnitId} = ${user.unitId})`;
}

/** The unit that keeps a new target current: the bureau names any (its own by default); a zone keeps its own. */
export function ownerUnitFor(user: SessionUser, requested: string | null | undefined): string {
  if (isBureau(user)) {
    const unit = requested ?? user.unitId;
    if (!unit) throw badRequest("invalidInput");
    return unit;
  }
  if (!user.unitId) throw badRequest("invalidInput");
  if (requested && requested !== user.unitId) throw badRequest("ownZoneOnly");
  return user.unitId;
}

/** A target becomes a lead for a zone task force: the bureau picks any zone, a zone raises it for itself. */
export function mayRaiseLeadFor(user: SessionUser, zoneId: string): boolean {
  return isBureau(user) || (isZoneBound(user) && user.unitId === zoneId);
}

/** SQL: what the caller calls the `prospect` row, and whether that is a code name. */
export function prospectNameColumns(user: SessionUser) {
  const hiddenAs = prospectHiddenAs(user);
  return {
    name: sql<string>`coalesce(${hiddenAs}, ${prospects.name})`,
    hidden: sql<boolean>`(${hiddenAs} is not null)`,
  };
}

/** SQL: the `prospect` row may be named to the caller (search conditions match its names only then). */
export function prospectNamed(user: SessionUser): SQL {
  return sql`(${prospectHiddenAs(user)} is null)`;
}

/** What identifies the enterprise behind a target hidden by a code name: cleared before it leaves. */
export function maskHidden<T extends { hidden: boolean }>(row: T): T {
  if (!row.hidden) return row;
  const masked: Record<string, unknown> = { ...row };
  for (const key of ["creditCode", "contactName", "contactPhone", "notes", "tipSource", "riskNote", "dropReason"])
    if (key in masked) masked[key] = null;
  return masked as T;
}

/** One target the caller may see, or NOT_FOUND. `forUpdate` locks the row for the caller's transaction. */
export async function scopedProspectById(db: Executor, user: SessionUser, id: string, forUpdate = false) {
  const query = db
    .select()
    .from(prospects)
    .where(and(prospectScope(user), eq(prospects.id, id)))
    .limit(1);
  const [row] = await (forUpdate ? query.for("update") : query);
  if (!row) throw notFound();
  return row;
}

/** One target the caller may change: NOT_FOUND outside the read scope, FORBIDDEN where it may only read it. */
export async function writableProspectById(db: Executor, user: SessionUser, id: string) {
  const row = await scopedProspectById(db, user, id, true);
  if (!mayWriteProspect(user, row)) throw forbidden();
  return row;
}

/** A node of the chain, not retired: where a target may be tied. */
export async function assertNodeOfChain(db: Executor, chainId: string, nodeId: string | null | undefined) {
  if (!nodeId) return;
  const [node] = await db
    .select({ chainId: chainNodes.chainId, retiredAt: chainNodes.retiredAt })
    .from(chainNodes)
    .where(eq(chainNodes.id, nodeId));
  if (!node) throw notFound();
  if (node.chainId !== chainId || node.retiredAt) throw badRequest("invalidInput");
}

/**
 * The chain node of the target a lead was raised from (a lead becoming a project carries it to the
 * project), or null. Read for the conversion, whoever converts: it returns no name.
 */
export async function prospectNodeOfLead(db: Executor, leadId: string) {
  const [row] = await db
    .select({ chainId: prospects.chainId, nodeId: prospects.nodeId })
    .from(prospects)
    .where(eq(prospects.leadId, leadId))
    .limit(1);
  return row ?? null;
}
