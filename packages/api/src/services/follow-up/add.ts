import { schema, writeAudit } from "@crm/db";
import { todayInShanghai } from "@crm/domain";
import type { FollowUpInput } from "@crm/domain";

import type { AuthedContext } from "../../context";
import { badRequest } from "../../errors";
import { assertLeadHandler, scopedLeadById } from "../../scope/leads";
import { scopedProjectById } from "../../scope/projects";

const { followUps } = schema;

/** Records a visit, call, meeting, negotiation round or note on a project or lead the caller works on. */
export async function addFollowUp(ctx: AuthedContext, input: FollowUpInput) {
  const { db, user, ip } = ctx;
  const now = ctx.now();
  if (input.occurredOn > todayInShanghai(now)) throw badRequest("futureDate");
  return db.transaction(async (tx) => {
    const projectId = "projectId" in input ? input.projectId : null;
    const leadId = "leadId" in input ? input.leadId : null;
    if (projectId) await scopedProjectById(tx, user, projectId);
    else assertLeadHandler(user, await scopedLeadById(tx, user, leadId!));
    const [row] = await tx
      .insert(followUps)
      .values({
        projectId,
        leadId,
        kind: input.kind,
        occurredOn: input.occurredOn,
        people: input.people ?? null,
        summary: input.summary,
        nextStep: input.nextStep ?? null,
        authorId: user.id,
      })
      .returning();
    await writeAudit(tx, {
      actorId: user.id,
      action: "follow_up.create",
      entity: projectId ? "project" : "lead",
      entityId: projectId ?? leadId,
      after: row,
      ip,
    });
    return { id: row!.id };
  });
}
