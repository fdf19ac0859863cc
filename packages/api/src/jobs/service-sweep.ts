import { and, eq, inArray, isNull, lt, schema, type Database } from "@crm/db";
import { APPROVAL_WITH_DEPARTMENT, todayInShanghai } from "@crm/domain";

import { outboundProjectName } from "../scope/names";
import { ESCALATION_ROLES } from "../scope/roles";
import { bureauMembers, notify } from "../services/notify";
import { claimAnnouncement, notAnnounced } from "./announce-once";

const { approvals, projects, serviceRequests, serviceRequestEntries, orgUnits } = schema;

/**
 * Approvals past their time limit: the project's service contact and the bureau hear once per item.
 * Requests still open past their limit: escalated to the bureau lead once (a re-route clears it).
 */
export async function sweepService(db: Database, now: Date) {
  const today = todayInShanghai(now);
  const lateApprovals = await db
    .select({
      id: approvals.id,
      item: approvals.item,
      dueOn: approvals.dueOn,
      projectId: approvals.projectId,
      project: outboundProjectName,
      serviceContactId: projects.serviceContactId,
    })
    .from(approvals)
    .innerJoin(projects, eq(projects.id, approvals.projectId))
    .where(
      and(
        inArray(approvals.status, [...APPROVAL_WITH_DEPARTMENT]),
        lt(approvals.dueOn, today),
        notAnnounced("approval.overdue", approvals.id),
      ),
    );
  const bureau = lateApprovals.length ? await bureauMembers(db) : { userIds: [], unitIds: [] };
  let approvalsAnnounced = 0;
  for (const a of lateApprovals) {
    await db.transaction(async (tx) => {
      if (!(await claimAnnouncement(tx, "approval.overdue", a.id))) return;
      approvalsAnnounced++;
      await notify(tx, {
        userIds: [...(a.serviceContactId ? [a.serviceContactId] : []), ...bureau.userIds],
        actorId: null,
        kind: "approval.overdue",
        params: { project: a.project, item: a.item, due: a.dueOn! },
        link: `/projects/${a.projectId}?approval=${a.id}`,
        unitIds: bureau.unitIds,
      });
    });
  }

  const lateRequests = await db
    .select({
      id: serviceRequests.id,
      title: serviceRequests.title,
      dueOn: serviceRequests.dueOn,
      unit: orgUnits.shortName,
    })
    .from(serviceRequests)
    .leftJoin(orgUnits, eq(orgUnits.id, serviceRequests.departmentId))
    .where(
      and(
        eq(serviceRequests.status, "assigned"),
        lt(serviceRequests.dueOn, today),
        isNull(serviceRequests.escalatedAt),
      ),
    );
  const leads = lateRequests.length ? await bureauMembers(db, ESCALATION_ROLES) : { userIds: [], unitIds: [] };
  let requestsEscalated = 0;
  for (const r of lateRequests) {
    await db.transaction(async (tx) => {
      // Claim it first: a second sweep running at the same time finds it escalated and skips it.
      const claimed = await tx
        .update(serviceRequests)
        .set({ escalatedAt: now })
        .where(and(eq(serviceRequests.id, r.id), isNull(serviceRequests.escalatedAt)))
        .returning({ id: serviceRequests.id });
      if (!claimed.length) return;
      requestsEscalated++;
      await tx
        .insert(serviceRequestEntries)
        .values({ requestId: r.id, kind: "escalate", body: null, authorId: null, unitId: null, createdAt: now });
      await notify(tx, {
        userIds: leads.userIds,
        actorId: null,
        kind: "request.escalated",
        params: { title: r.title, unit: r.unit ?? "", due: r.dueOn! },
        link: `/requests/${r.id}`,
        unitIds: leads.unitIds,
      });
    });
  }
  return { approvalsAnnounced, requestsEscalated };
}
