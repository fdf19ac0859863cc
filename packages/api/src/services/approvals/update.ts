import { eq, schema, writeAudit } from "@crm/db";
import { canMoveApproval, todayInShanghai, type UpdateApprovalInput } from "@crm/domain";
import type { z } from "zod";

import type { AuthedContext } from "../../context";
import { badRequest } from "../../errors";
import { outboundProjectName } from "../../scope/names";
import { scopedApprovalById } from "../../scope/service";
import { loadCalendar } from "../calendar";
import { bureauMembers, notify, unitMembers } from "../notify";
import { updateWithVersion } from "../versioned-update";

const { approvals, projects } = schema;

/**
 * A department updates one of its items: a new status records its date (started, submitted — which
 * sets the due date from the time limit in working days — or decided); a note, a blocker, who helped.
 * A new or changed blocker tells the project's service contact and the bureau.
 */
export async function updateApproval(ctx: AuthedContext, input: z.infer<typeof UpdateApprovalInput>) {
  const { db, user, ip } = ctx;
  const now = ctx.now();
  const today = todayInShanghai(now);
  const on = input.on ?? today;
  if (on > today) throw badRequest("futureDate");
  return db.transaction(async (tx) => {
    const before = await scopedApprovalById(tx, user, input.id);
    const changes: Partial<typeof approvals.$inferInsert> = {};
    if (input.status !== before.status) {
      if (!canMoveApproval(before.status, input.status)) throw badRequest("approvalWrongStep");
      if (input.status === "preparing" && !before.startedOn) changes.startedOn = on;
      if (input.status === "submitted" || (input.status === "in_review" && !before.submittedOn)) {
        changes.submittedOn = on;
        changes.startedOn = before.startedOn ?? on;
        changes.decidedOn = null;
        if (before.timeLimitDays) changes.dueOn = (await loadCalendar(tx)).addWorkingDays(on, before.timeLimitDays);
      }
      if (input.status === "approved" || input.status === "rejected") changes.decidedOn = on;
      changes.status = input.status;
    }
    if (input.note !== undefined) changes.note = input.note?.trim() || null;
    if (input.blocker !== undefined) changes.blocker = input.blocker?.trim() || null;
    if (input.helped) changes.helpedById = user.id;
    const after = await updateWithVersion(tx, approvals, input.id, input.version, changes);
    await writeAudit(tx, {
      actorId: user.id,
      action: "approval.update",
      entity: "approval",
      entityId: input.id,
      before,
      after: changes,
      ip,
    });

    // An item newly handed to the department (submitted by the zone or the helper) is announced to it once.
    const handedOver =
      changes.status === "submitted" || (changes.status === "in_review" && changes.submittedOn !== undefined);
    if (handedOver && user.unitId !== after.departmentId) {
      const [project] = await tx
        .select({ name: outboundProjectName })
        .from(projects)
        .where(eq(projects.id, after.projectId));
      await notify(tx, {
        userIds: await unitMembers(tx, after.departmentId, user.id),
        actorId: user.id,
        kind: "approval.submitted",
        params: { project: project?.name ?? "", item: after.item, due: after.dueOn ?? "" },
        link: `/projects/${after.projectId}#approvals`,
        unitIds: [after.departmentId],
      });
    }

    if (after.blocker && after.blocker !== before.blocker) {
      const [project] = await tx
        .select({
          name: outboundProjectName,
          serviceContactId: projects.serviceContactId,
          responsibleUnitId: projects.responsibleUnitId,
        })
        .from(projects)
        .where(eq(projects.id, after.projectId));
      const bureau = await bureauMembers(tx);
      await notify(tx, {
        userIds: [...(project?.serviceContactId ? [project.serviceContactId] : []), ...bureau.userIds],
        actorId: user.id,
        kind: "approval.blocked",
        params: { project: project?.name ?? "", item: after.item, blocker: after.blocker },
        link: `/projects/${after.projectId}#approvals`,
        unitIds: bureau.unitIds,
      });
    }
    return { id: after.id, status: after.status, dueOn: after.dueOn, version: after.version };
  });
}
