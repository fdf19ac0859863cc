import type { SessionUser } from "@crm/auth";
import { and, eq, or, schema, sql, type Executor } from "@crm/db";
import type { SQL } from "drizzle-orm";

import { notFound } from "../errors";

const { projects, approvals, tasks, serviceRequests } = schema;

/**
 * Row scope for projects (DOMAIN §1). Every read of a project goes through here:
 * - bureau, leaders: the whole district;
 * - a zone task force: its zone's projects and those it is responsible for;
 * - a department: projects where it holds an approval, a task or an enterprise request;
 * - an enterprise: its own enterprise's projects;
 * - a town: none (towns see leads they reported).
 * Returns undefined for "no restriction".
 */
export function projectScope(user: SessionUser): SQL | undefined {
  switch (user.role) {
    case "bureau_lead":
    case "bureau_staff":
    case "leader":
      return undefined;
    case "zone_staff":
      return user.unitId
        ? or(eq(projects.zoneId, user.unitId), eq(projects.responsibleUnitId, user.unitId))
        : sql`false`;
    case "dept_staff":
      return user.unitId
        ? or(
            sql`exists (select 1 from ${approvals} where ${approvals.projectId} = ${projects.id} and ${approvals.departmentId} = ${user.unitId})`,
            sql`exists (select 1 from ${tasks} where ${tasks.projectId} = ${projects.id} and ${tasks.assigneeUnitId} = ${user.unitId})`,
            sql`exists (select 1 from ${serviceRequests} where ${serviceRequests.projectId} = ${projects.id} and ${serviceRequests.departmentId} = ${user.unitId})`,
          )
        : sql`false`;
    case "enterprise":
      return user.enterpriseId ? eq(projects.enterpriseId, user.enterpriseId) : sql`false`;
    case "town_staff":
    case "sysadmin":
    case "secadmin":
    case "auditor":
      return sql`false`;
  }
}

/** The scope joined with further conditions. */
export function scoped(user: SessionUser, ...conditions: (SQL | undefined)[]): SQL | undefined {
  return and(projectScope(user), ...conditions);
}

/** One project the caller may see, or NOT_FOUND (never FORBIDDEN: out of scope looks like absent). */
export async function scopedProjectById(db: Executor, user: SessionUser, id: string) {
  const [row] = await db
    .select()
    .from(projects)
    .where(scoped(user, eq(projects.id, id)))
    .limit(1);
  if (!row) throw notFound();
  return row;
}
