import { eq, inArray, schema, sql, writeAudit, type Executor } from "@crm/db";
import type { z } from "zod";
import type { AssignLeadInput, DropLeadInput, MergeLeadsInput } from "@crm/domain";

import type { AuthedContext } from "../../context";
import { badRequest } from "../../errors";
import { assertLeadHandler, scopedLeadById } from "../../scope/leads";
import { outboundEnterpriseName } from "../../scope/names";
import { notify, unitMembers } from "../notify";
import { updateWithVersion } from "../versioned-update";

const { leads, leadReporters, orgUnits, enterprises } = schema;

/** The name a lead goes by outside the bureau: its enterprise's code name when one of its projects has one. */
async function outboundLeadName(tx: Executor, lead: { enterpriseId: string | null; enterpriseName: string }) {
  if (!lead.enterpriseId) return lead.enterpriseName;
  const [row] = await tx
    .select({ name: outboundEnterpriseName })
    .from(enterprises)
    .where(eq(enterprises.id, lead.enterpriseId));
  return row?.name ?? lead.enterpriseName;
}

const OPEN = ["new", "assigned"] as const;
const isOpen = (status: string) => (OPEN as readonly string[]).includes(status);

/** The bureau gives a lead to a zone task force or a department, with a due date. */
export async function assignLead(ctx: AuthedContext, input: z.output<typeof AssignLeadInput>) {
  const { db, user, ip } = ctx;
  return db.transaction(async (tx) => {
    const lead = await scopedLeadById(tx, user, input.id);
    if (!isOpen(lead.status)) throw badRequest("leadClosed");
    const [unit] = await tx.select({ kind: orgUnits.kind }).from(orgUnits).where(eq(orgUnits.id, input.assigneeUnitId));
    if (!unit || !["zone", "department"].includes(unit.kind)) throw badRequest("invalidInput");
    const updated = await updateWithVersion(tx, leads, lead.id, input.version, {
      status: "assigned",
      assigneeUnitId: input.assigneeUnitId,
      assignedById: user.id,
      assignedOn: sql`current_date`,
      dueOn: input.dueOn,
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "lead.assign",
      entity: "lead",
      entityId: lead.id,
      before: { assigneeUnitId: lead.assigneeUnitId, dueOn: lead.dueOn },
      after: { assigneeUnitId: updated.assigneeUnitId, dueOn: updated.dueOn },
      ip,
    });
    // A hand-off is never silent: the unit hears of it (the bell and its group robot), once per assignment.
    if (lead.assigneeUnitId !== input.assigneeUnitId || lead.dueOn !== input.dueOn) {
      await notify(tx, {
        userIds: await unitMembers(tx, input.assigneeUnitId, user.id),
        actorId: user.id,
        kind: "lead.assigned",
        params: { name: await outboundLeadName(tx, lead), due: input.dueOn },
        link: `/leads/${lead.id}`,
        unitIds: [input.assigneeUnitId],
      });
    }
    return { id: updated.id, version: updated.version };
  });
}

/** The assignee (or the bureau) drops a lead, saying why. */
export async function dropLead(ctx: AuthedContext, input: z.output<typeof DropLeadInput>) {
  const { db, user, ip } = ctx;
  return db.transaction(async (tx) => {
    const lead = await scopedLeadById(tx, user, input.id);
    assertLeadHandler(user, lead);
    if (!isOpen(lead.status)) throw badRequest("leadClosed");
    const updated = await updateWithVersion(tx, leads, lead.id, input.version, {
      status: "dropped",
      dropReason: input.reason,
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "lead.drop",
      entity: "lead",
      entityId: lead.id,
      before: { status: lead.status },
      after: { status: "dropped", reason: input.reason },
      ip,
    });
    return { id: updated.id, version: updated.version };
  });
}

/** The bureau merges a duplicate into the lead it keeps; every reporter of both keeps the credit. */
export async function mergeLeads(ctx: AuthedContext, input: z.output<typeof MergeLeadsInput>) {
  const { db, user, ip } = ctx;
  if (input.keepId === input.mergeId) throw badRequest("invalidInput");
  return db.transaction(async (tx) => {
    const keep = await scopedLeadById(tx, user, input.keepId);
    const other = await scopedLeadById(tx, user, input.mergeId);
    if (!isOpen(other.status) || keep.status === "merged" || keep.status === "dropped") throw badRequest("leadClosed");
    const reporters = await tx
      .select()
      .from(leadReporters)
      .where(inArray(leadReporters.leadId, [other.id]));
    if (reporters.length) {
      await tx
        .insert(leadReporters)
        .values(reporters.map((r) => ({ ...r, leadId: keep.id })))
        .onConflictDoNothing();
    }
    await updateWithVersion(tx, leads, other.id, input.mergeVersion, { status: "merged", mergedIntoId: keep.id });
    const kept = await updateWithVersion(tx, leads, keep.id, input.keepVersion, {});
    await writeAudit(tx, {
      actorId: user.id,
      action: "lead.merge",
      entity: "lead",
      entityId: keep.id,
      after: { merged: other.id, reporters: reporters.map((r) => r.unitId) },
      ip,
    });
    return { id: kept.id, version: kept.version };
  });
}
