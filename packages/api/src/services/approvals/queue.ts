import { and, asc, eq, gte, inArray, isNotNull, lt, lte, not, schema, sql } from "@crm/db";
import type { SQL } from "drizzle-orm";
import {
  APPROVAL_DONE,
  APPROVAL_WITH_DEPARTMENT,
  isApprovalOverdue,
  todayInShanghai,
  type ApprovalQueueInput,
} from "@crm/domain";
import type { z } from "zod";

import { projectIdentityColumns } from "../../scope/names";
import type { AuthedContext } from "../../context";
import { approvalScope } from "../../scope/service";
import { approvalColumns } from "./project-approvals";

const { approvals, projects, orgUnits, users, enterprises } = schema;

const overdueApproval = (today: string) =>
  and(inArray(approvals.status, [...APPROVAL_WITH_DEPARTMENT]), lt(approvals.dueOn, today));

/** The list's filter as conditions on approval (and its project, joined): shared with the cockpit. */
export function approvalListConditions(input: z.infer<typeof ApprovalQueueInput>, today: string): (SQL | undefined)[] {
  const decided = input.decidedFrom || input.decidedTo;
  return [
    input.status === "done"
      ? inArray(approvals.status, [...APPROVAL_DONE])
      : input.status === "overdue"
        ? overdueApproval(today)
        : not(inArray(approvals.status, [...APPROVAL_DONE])),
    input.departmentId ? eq(approvals.departmentId, input.departmentId) : undefined,
    decided ? and(isNotNull(approvals.submittedOn), isNotNull(approvals.decidedOn)) : undefined,
    input.decidedFrom ? gte(approvals.decidedOn, input.decidedFrom) : undefined,
    input.decidedTo ? lte(approvals.decidedOn, input.decidedTo) : undefined,
    input.zoneId ? eq(projects.zoneId, input.zoneId) : undefined,
    input.chainId ? eq(projects.chainId, input.chainId) : undefined,
  ];
}

/**
 * A department's queue: every approval item it holds (the bureau: all), overdue first, then by due
 * date and start. `open` is everything not yet decided, `overdue` only late ones, `done` the decided.
 */
export async function approvalQueue(ctx: AuthedContext, input: z.infer<typeof ApprovalQueueInput>) {
  const { db, user } = ctx;
  const now = ctx.now();
  const today = todayInShanghai(now);
  const overdue = overdueApproval(today);
  const rows = await db
    .select({
      ...approvalColumns,
      ...projectIdentityColumns(user),
    })
    .from(approvals)
    .innerJoin(orgUnits, eq(orgUnits.id, approvals.departmentId))
    .innerJoin(projects, eq(projects.id, approvals.projectId))
    .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
    .leftJoin(users, eq(users.id, approvals.helpedById))
    .where(and(approvalScope(user), ...approvalListConditions(input, today)))
    .orderBy(sql`(${overdue}) desc nulls last`, asc(approvals.dueOn), asc(approvals.startedOn), asc(approvals.item))
    .limit(500);
  return rows.map((r) => ({ ...r, overdue: isApprovalOverdue(r, today) }));
}
