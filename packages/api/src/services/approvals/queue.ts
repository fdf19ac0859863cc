import type { SessionUser } from "@crm/auth";
import { and, asc, eq, inArray, lt, not, schema, sql, type Executor } from "@crm/db";
import { APPROVAL_DONE, APPROVAL_WITH_DEPARTMENT, isApprovalOverdue, todayInShanghai, type ApprovalQueueInput } from "@crm/domain";
import type { z } from "zod";

import { approvalScope } from "../../scope/service";
import { approvalColumns } from "./project-approvals";
import { withDisplayName } from "../project/display";

const { approvals, projects, orgUnits, users, enterprises } = schema;

/**
 * A department's queue: every approval item it holds (the bureau: all), overdue first, then by due
 * date and start. `open` is everything not yet decided, `overdue` only late ones, `done` the decided.
 */
export async function approvalQueue(db: Executor, user: SessionUser, input: z.infer<typeof ApprovalQueueInput>, now: Date) {
  const today = todayInShanghai(now);
  const overdue = and(inArray(approvals.status, [...APPROVAL_WITH_DEPARTMENT]), lt(approvals.dueOn, today));
  const filter =
    input.status === "done" ? inArray(approvals.status, [...APPROVAL_DONE]) : input.status === "overdue" ? overdue : not(inArray(approvals.status, [...APPROVAL_DONE]));
  const rows = await db
    .select({ ...approvalColumns, name: projects.name, codeName: projects.codeName, responsibleUnitId: projects.responsibleUnitId, enterpriseName: enterprises.name })
    .from(approvals)
    .innerJoin(orgUnits, eq(orgUnits.id, approvals.departmentId))
    .innerJoin(projects, eq(projects.id, approvals.projectId))
    .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
    .leftJoin(users, eq(users.id, approvals.helpedById))
    .where(and(approvalScope(user), filter))
    .orderBy(sql`(${overdue}) desc nulls last`, asc(approvals.dueOn), asc(approvals.startedOn), asc(approvals.item))
    .limit(500);
  return rows.map((r) => {
    const { codeName: _c, responsibleUnitId: _u, ...shown } = withDisplayName(r, user);
    return { ...shown, overdue: isApprovalOverdue(r, today) };
  });
}
