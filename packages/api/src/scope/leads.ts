import type { SessionUser } from "@crm/auth";
import { and, eq, or, schema, sql, type Executor } from "@crm/db";
import type { SQL } from "drizzle-orm";

import { forbidden, notFound } from "../errors";
import { isBureau, isDistrictWide } from "./roles";

const { leads, leadReporters } = schema;

const reportedBy = (unitId: string) =>
  sql`exists (select 1 from ${leadReporters} where ${leadReporters.leadId} = ${leads.id} and ${leadReporters.unitId} = ${unitId})`;

/**
 * Row scope for leads: the bureau and leaders see all; a zone or department sees the leads
 * assigned to it and those it reported; a town sees the leads it reported (and what became of them).
 */
export function leadScope(user: SessionUser): SQL | undefined {
  if (isDistrictWide(user)) return undefined;
  if (!user.unitId || user.role === "enterprise") return sql`false`;
  if (user.role === "town_staff") return reportedBy(user.unitId);
  return or(eq(leads.assigneeUnitId, user.unitId), reportedBy(user.unitId));
}

export async function scopedLeadById(db: Executor, user: SessionUser, id: string) {
  const [row] = await db
    .select()
    .from(leads)
    .where(and(leadScope(user), eq(leads.id, id)))
    .limit(1);
  if (!row) throw notFound();
  return row;
}

/** Following up, converting or dropping a lead is for its assignee unit, or the bureau. */
export function mayHandleLead(user: SessionUser, lead: { assigneeUnitId: string | null }): boolean {
  return isBureau(user) || (!!user.unitId && lead.assigneeUnitId === user.unitId);
}

export function assertLeadHandler(user: SessionUser, lead: { assigneeUnitId: string | null }) {
  if (!mayHandleLead(user, lead)) throw forbidden();
}
