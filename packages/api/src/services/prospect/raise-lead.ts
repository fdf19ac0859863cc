import { eq, schema, writeAudit } from "@crm/db";
import { addDaysToDate, todayInShanghai, type RaiseProspectLeadInput } from "@crm/domain";
import type { z } from "zod";

import { withDb, type AuthedContext } from "../../context";
import { badRequest } from "../../errors";
import { mayRaiseLeadFor, writableProspectById } from "../../scope/prospects";
import { createLead } from "../lead/create";
import { assignLead } from "../lead/workflow";
import { updateWithVersion } from "../versioned-update";

const { prospects, leads, orgUnits } = schema;

/** A raised lead is due a month on unless the bureau says when. */
export const RAISED_LEAD_DUE_DAYS = 30;

/**
 * Turns a target into a lead for a zone task force, through the leads' own path: `createLead`
 * runs the duplicate check (same credit code, or the same folded name); where it finds a lead for
 * the same enterprise nothing is written and those leads are returned, named as the lead form names
 * them. Otherwise the lead is logged in the caller's unit's name, assigned to the zone by
 * `assignLead` (which tells the zone, as any assignment does), and the target marked lead_raised
 * with its lead — one transaction, each step audited.
 */
export async function raiseProspectLead(ctx: AuthedContext, input: z.output<typeof RaiseProspectLeadInput>) {
  const { db, user, ip } = ctx;
  const today = todayInShanghai(ctx.now());
  return db.transaction(async (tx) => {
    const prospect = await writableProspectById(tx, user, input.prospectId);
    if (prospect.status !== "open") throw badRequest("prospectClosed");
    const [zone] = await tx
      .select({ kind: orgUnits.kind, name: orgUnits.shortName })
      .from(orgUnits)
      .where(eq(orgUnits.id, input.zoneId));
    if (zone?.kind !== "zone") throw badRequest("invalidInput");
    if (!mayRaiseLeadFor(user, input.zoneId)) throw badRequest("ownZoneOnly");
    const inTx = withDb(ctx, tx);
    const notes = [prospect.tipSource && `信息来源：${prospect.tipSource}`, prospect.notes].filter(Boolean).join("\n");
    const created = await createLead(inTx, {
      enterpriseName: prospect.name,
      creditCode: prospect.creditCode,
      source: input.source,
      chainId: prospect.chainId,
      notes: notes || null,
      contactName: prospect.contactName,
      contactPhone: prospect.contactPhone,
      reportedOn: today,
      acknowledgeDuplicates: false,
    });
    if (created.status === "duplicates") return { status: "duplicates" as const, duplicates: created.duplicates };
    if (created.status !== "created") throw badRequest("invalidInput");
    const [lead] = await tx.select({ version: leads.version }).from(leads).where(eq(leads.id, created.id));
    await assignLead(inTx, {
      id: created.id,
      version: lead!.version,
      assigneeUnitId: input.zoneId,
      dueOn: input.dueOn ?? addDaysToDate(today, RAISED_LEAD_DUE_DAYS),
    });
    const updated = await updateWithVersion(tx, prospects, prospect.id, input.version, {
      status: "lead_raised",
      leadId: created.id,
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "prospect.raise_lead",
      entity: "prospect",
      entityId: prospect.id,
      before: { status: prospect.status },
      after: { status: "lead_raised", leadId: created.id, zoneId: input.zoneId },
      ip,
    });
    return { status: "raised" as const, leadId: created.id, zoneName: zone.name, version: updated.version };
  });
}
