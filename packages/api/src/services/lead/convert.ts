import { and, eq, isNull, or, schema, sql, writeAudit, type Transaction } from "@crm/db";
import { enterpriseNameKey, isValidCreditCode, nameInitials, normalizeCreditCode } from "@crm/domain";
import type { z } from "zod";
import type { ConvertLeadInput } from "@crm/domain";

import type { AuthedContext } from "../../context";
import { badRequest } from "../../errors";
import { assertLeadHandler, scopedLeadById } from "../../scope/leads";
import { prospectNodeOfLead } from "../../scope/prospects";
import { mayBeServiceContact } from "../../scope/roles";
import { mayOpenProjectInZone } from "../../scope/units";
import { updateWithVersion } from "../versioned-update";

const { leads, projects, enterprises, stageEvents, orgUnits, followUps } = schema;

/** The lead's enterprise: the one it names, else one already known by credit code or folded name, else a new one. */
async function enterpriseFor(tx: Transaction, lead: typeof leads.$inferSelect, creditCode: string | null) {
  if (lead.enterpriseId) return lead.enterpriseId;
  const key = enterpriseNameKey(lead.enterpriseName);
  const [known] = await tx
    .select({ id: enterprises.id })
    .from(enterprises)
    .where(or(eq(enterprises.nameKey, key), creditCode ? eq(enterprises.creditCode, creditCode) : undefined))
    .limit(1);
  if (known) return known.id;
  const [created] = await tx
    .insert(enterprises)
    .values({ name: lead.enterpriseName, nameKey: key, nameInitials: nameInitials(lead.enterpriseName), creditCode })
    .returning({ id: enterprises.id });
  return created!.id;
}

/** The assignee turns a lead into a project: its fields carried over, the lead linked to it. */
export async function convertLead(ctx: AuthedContext, input: z.output<typeof ConvertLeadInput>) {
  const { db, user, ip } = ctx;
  const raw = input.creditCode?.trim() ? normalizeCreditCode(input.creditCode) : null;
  if (raw && !isValidCreditCode(raw)) throw badRequest("invalidCreditCode");
  return db.transaction(async (tx) => {
    const lead = await scopedLeadById(tx, user, input.id);
    assertLeadHandler(user, lead);
    if (lead.status !== "assigned" && lead.status !== "new") throw badRequest("leadClosed");
    const [zone] = await tx.select({ kind: orgUnits.kind }).from(orgUnits).where(eq(orgUnits.id, input.zoneId));
    if (zone?.kind !== "zone") throw badRequest("invalidInput");
    if (!mayOpenProjectInZone(user, input.zoneId)) throw badRequest("ownZoneOnly");
    const enterpriseId = await enterpriseFor(tx, lead, raw ?? lead.creditCode);
    const chainId = input.chainId ?? lead.chainId;
    // A lead raised from a target (目标企业库) carries the node it was to strengthen, on the same chain.
    const prospect = await prospectNodeOfLead(tx, lead.id);
    const chainNodeId = prospect?.nodeId && prospect.chainId === chainId ? prospect.nodeId : null;
    const [project] = await tx
      .insert(projects)
      .values({
        name: input.projectName,
        nameInitials: nameInitials(input.projectName),
        enterpriseId,
        chainId,
        chainNodeId,
        zoneId: input.zoneId,
        responsibleUnitId: input.zoneId,
        serviceContactId: mayBeServiceContact(user) ? user.id : null,
        stage: input.stage,
        plannedAmount: input.plannedAmount ?? lead.intendedAmount,
      })
      .returning();
    await tx.insert(stageEvents).values({
      projectId: project!.id,
      fromStage: null,
      toStage: input.stage,
      occurredOn: input.on,
      actorId: user.id,
      note: "由线索转为项目",
    });
    // What the lead knew goes with it: its notes open the project's follow-up record, its contact
    // becomes the enterprise's where the enterprise has none yet.
    if (lead.notes?.trim()) {
      await tx.insert(followUps).values({
        projectId: project!.id,
        kind: "note",
        occurredOn: lead.reportedOn,
        people: lead.contactName || null,
        summary: lead.notes.trim(),
        authorId: lead.reportedById,
      });
    }
    if (lead.contactName || lead.contactPhone) {
      await tx
        .update(enterprises)
        .set({
          contactName: sql`coalesce(${enterprises.contactName}, ${lead.contactName})`,
          // The lead's phone is sealed on its way in, as the column seals what it is given.
          contactPhone: sql`coalesce(${enterprises.contactPhone}, ${sql.param(lead.contactPhone, enterprises.contactPhone)})`,
          version: sql`${enterprises.version} + 1`,
          updatedAt: sql`now()`,
        })
        .where(
          and(eq(enterprises.id, enterpriseId), or(isNull(enterprises.contactName), isNull(enterprises.contactPhone))),
        );
    }
    const updated = await updateWithVersion(tx, leads, lead.id, input.version, {
      status: "converted",
      projectId: project!.id,
      enterpriseId,
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "project.create",
      entity: "project",
      entityId: project!.id,
      after: project,
      ip,
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "lead.convert",
      entity: "lead",
      entityId: lead.id,
      before: { status: lead.status },
      after: { status: "converted", projectId: project!.id, notesCarried: !!lead.notes?.trim() },
      ip,
    });
    return { projectId: project!.id, leadVersion: updated.version };
  });
}
