import type { SessionUser } from "@crm/auth";
import { and, eq, schema, sql, type Executor } from "@crm/db";
import type { SQL } from "drizzle-orm";

import { notFound } from "../errors";
import { projectScope } from "./projects";
import { decidesApprovals, isDistrictWide } from "./roles";

const { approvals, serviceRequests, projects } = schema;

/** Projects in the caller's scope, as a subquery of ids. */
const projectIdsInScope = (user: SessionUser) => {
  const scope = projectScope(user);
  return sql`(select ${projects.id} from ${projects}${scope ? sql` where ${scope}` : sql``})`;
};

/**
 * Approval items one sees: a department its own items; the district-wide roles all; a zone those
 * of its projects; an enterprise those of its own projects.
 */
export function approvalScope(user: SessionUser): SQL | undefined {
  if (isDistrictWide(user)) return undefined;
  if (decidesApprovals(user)) return user.unitId ? eq(approvals.departmentId, user.unitId) : sql`false`;
  return sql`${approvals.projectId} in ${projectIdsInScope(user)}`;
}

/**
 * Requests one sees: the enterprise its own; a department those routed to it; the district-wide
 * roles all; a zone those about its projects; a town none.
 */
export function requestScope(user: SessionUser): SQL | undefined {
  if (isDistrictWide(user)) return undefined;
  switch (user.role) {
    case "enterprise":
      return user.enterpriseId ? eq(serviceRequests.enterpriseId, user.enterpriseId) : sql`false`;
    case "dept_staff":
      return user.unitId ? eq(serviceRequests.departmentId, user.unitId) : sql`false`;
    case "zone_staff":
      return sql`${serviceRequests.projectId} in ${projectIdsInScope(user)}`;
    default:
      return sql`false`;
  }
}

export async function scopedApprovalById(db: Executor, user: SessionUser, id: string) {
  const [row] = await db
    .select()
    .from(approvals)
    .where(and(approvalScope(user), eq(approvals.id, id)))
    .limit(1);
  if (!row) throw notFound();
  return row;
}

/** One request the caller may see, locked for update when inside a transaction that changes it. */
export async function scopedRequestById(db: Executor, user: SessionUser, id: string, lock = false) {
  const query = db
    .select()
    .from(serviceRequests)
    .where(and(requestScope(user), eq(serviceRequests.id, id)))
    .limit(1);
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw notFound();
  return row;
}
