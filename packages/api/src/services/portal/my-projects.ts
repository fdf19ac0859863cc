import { asc, eq, inArray, schema } from "@crm/db";

import type { AuthedContext } from "../../context";
import { scoped } from "../../scope/projects";

const { projects, approvals, orgUnits, users } = schema;

/**
 * The enterprise's own projects, for the portal. Only fields meant for the enterprise leave the
 * server: stage, key dates, approvals' progress (with the department's note to the enterprise, not
 * the internal blocker) and the service contact. No amounts, no code names, no follow-ups, no other staff.
 */
export async function portalProjects(ctx: AuthedContext) {
  const { db, user } = ctx;
  const rows = await db
    .select({
      id: projects.id,
      name: projects.name,
      stage: projects.stage,
      signedOn: projects.signedOn,
      registeredOn: projects.registeredOn,
      constructionStartedOn: projects.constructionStartedOn,
      productionStartedOn: projects.productionStartedOn,
      operatingSince: projects.operatingSince,
      contactName: users.displayName,
      contactMobile: users.mobile,
    })
    .from(projects)
    .leftJoin(users, eq(users.id, projects.serviceContactId))
    .where(scoped(user))
    .orderBy(asc(projects.createdAt));
  if (rows.length === 0) return [];
  const items = await db
    .select({
      projectId: approvals.projectId,
      id: approvals.id,
      item: approvals.item,
      department: orgUnits.shortName,
      status: approvals.status,
      startedOn: approvals.startedOn,
      submittedOn: approvals.submittedOn,
      decidedOn: approvals.decidedOn,
      dueOn: approvals.dueOn,
      note: approvals.note,
    })
    .from(approvals)
    .innerJoin(orgUnits, eq(orgUnits.id, approvals.departmentId))
    .where(
      inArray(
        approvals.projectId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(approvals.startedOn), asc(approvals.item));
  return rows.map(({ contactName, contactMobile, ...p }) => ({
    ...p,
    serviceContact: contactName ? { name: contactName, mobile: contactMobile } : null,
    approvals: items.filter((a) => a.projectId === p.id).map(({ projectId: _p, ...a }) => a),
  }));
}
