import { and, asc, eq, inArray, schema, writeAudit } from "@crm/db";
import { isApprovalOverdue, todayInShanghai, type AddApprovalsInput, type RemoveApprovalInput } from "@crm/domain";
import type { z } from "zod";

import type { AuthedContext } from "../../context";
import { badRequest } from "../../errors";
import { approvalScope, scopedApprovalById } from "../../scope/service";
import { scopedProjectById } from "../../scope/projects";
import { deleteWithVersion } from "../versioned-update";

const { approvals, approvalItems, approvalTemplates, orgUnits, users } = schema;

/** The columns staff see of an approval item, with the department's and helper's names. */
export const approvalColumns = {
  id: approvals.id,
  projectId: approvals.projectId,
  item: approvals.item,
  departmentId: approvals.departmentId,
  department: orgUnits.shortName,
  status: approvals.status,
  startedOn: approvals.startedOn,
  submittedOn: approvals.submittedOn,
  decidedOn: approvals.decidedOn,
  timeLimitDays: approvals.timeLimitDays,
  dueOn: approvals.dueOn,
  note: approvals.note,
  blocker: approvals.blocker,
  helpedBy: users.displayName,
  updatedAt: approvals.updatedAt,
  version: approvals.version,
};

/** A project's approval items in the caller's scope, each with its derived overdue flag. */
export async function projectApprovals(ctx: AuthedContext, input: { projectId: string }) {
  const { db, user } = ctx;
  const { projectId } = input;
  const now = ctx.now();
  await scopedProjectById(db, user, projectId);
  const today = todayInShanghai(now);
  const rows = await db
    .select(approvalColumns)
    .from(approvals)
    .innerJoin(orgUnits, eq(orgUnits.id, approvals.departmentId))
    .leftJoin(users, eq(users.id, approvals.helpedById))
    .where(and(eq(approvals.projectId, projectId), approvalScope(user)))
    .orderBy(asc(approvals.startedOn), asc(approvals.item));
  return rows.map((r) => ({ ...r, overdue: isApprovalOverdue(r, today) }));
}

/**
 * Adds dictionary items to a project (picked, or a project type's whole template), each with the
 * item's department and time limit, not started. Items the project already has are skipped.
 */
export async function addApprovals(ctx: AuthedContext, input: z.infer<typeof AddApprovalsInput>) {
  const { db, user, ip } = ctx;
  return db.transaction(async (tx) => {
    const project = await scopedProjectById(tx, user, input.projectId);
    const [template] = input.projectType
      ? await tx.select().from(approvalTemplates).where(eq(approvalTemplates.projectType, input.projectType))
      : [];
    const itemIds = [...new Set([...input.itemIds, ...(template?.itemIds ?? [])])];
    const items = itemIds.length
      ? await tx
          .select()
          .from(approvalItems)
          .where(and(inArray(approvalItems.id, itemIds), eq(approvalItems.active, true)))
      : [];
    // Items picked one by one must all be in use; a template's retired items are simply left out.
    const found = new Set(items.map((i) => i.id));
    if (input.itemIds.some((id) => !found.has(id))) throw badRequest("invalidInput");
    const existing = await tx
      .select({ item: approvals.item })
      .from(approvals)
      .where(eq(approvals.projectId, project.id));
    const have = new Set(existing.map((e) => e.item));
    const fresh = items.filter((i) => !have.has(i.name));
    if (fresh.length) {
      await tx.insert(approvals).values(
        fresh.map((i) => ({
          projectId: project.id,
          item: i.name,
          itemId: i.id,
          departmentId: i.departmentId,
          timeLimitDays: i.timeLimitDays,
        })),
      );
      await writeAudit(tx, {
        actorId: user.id,
        action: "approval.add",
        entity: "project",
        entityId: project.id,
        after: fresh.map((i) => i.name),
        ip,
      });
    }
    return { added: fresh.length, skipped: items.length - fresh.length };
  });
}

/** Removes an item added by mistake; only while it has not started. */
export async function removeApproval(ctx: AuthedContext, input: z.infer<typeof RemoveApprovalInput>) {
  const { db, user, ip } = ctx;
  return db.transaction(async (tx) => {
    // The approval scope of everyone who may plan a project's items is that project's scope.
    const item = await scopedApprovalById(tx, user, input.id);
    if (item.status !== "not_started") throw badRequest("approvalInUse");
    const gone = await deleteWithVersion(tx, approvals, input.id, input.version);
    await writeAudit(tx, {
      actorId: user.id,
      action: "approval.remove",
      entity: "project",
      entityId: item.projectId,
      before: { item: item.item },
      ip,
    });
    return { id: gone.id };
  });
}
