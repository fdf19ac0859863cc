import { eq, schema, writeAudit } from "@crm/db";
import { enterpriseNameKey, normalizeCreditCode } from "@crm/domain";
import type { z } from "zod";
import type { CreateLeadInput } from "@crm/domain";

import type { AuthedContext } from "../../context";
import { badRequest, notFound } from "../../errors";
import { findDuplicates } from "./duplicates";

const { leads, leadReporters } = schema;

export type CreateLeadResult =
  | { status: "created"; id: string }
  | { status: "merged"; id: string }
  | { status: "duplicates"; duplicates: Awaited<ReturnType<typeof findDuplicates>> };

/**
 * Logs a lead for the caller's unit. When leads for the same enterprise exist, nothing is written
 * and they are returned, unless the caller saw them (acknowledgeDuplicates) or chose to add this
 * report to one of them (mergeIntoId): then the unit is credited on that lead.
 */
export async function createLead(
  ctx: AuthedContext,
  input: z.output<typeof CreateLeadInput>,
): Promise<CreateLeadResult> {
  const { db, user, ip } = ctx;
  if (!user.unitId) throw badRequest("invalidInput");
  const unitId = user.unitId;
  const creditCode = input.creditCode ? normalizeCreditCode(input.creditCode) : null;
  if (input.mergeIntoId) {
    // Any unit may report again onto a lead it learnt of from the duplicate hints, scope or not:
    // it only adds its own credit, and sees the lead afterwards as one of its reporters.
    const [target] = await db
      .select({ id: leads.id, status: leads.status })
      .from(leads)
      .where(eq(leads.id, input.mergeIntoId));
    if (!target || target.status === "merged") throw notFound();
    return db.transaction(async (tx) => {
      await tx
        .insert(leadReporters)
        .values({ leadId: target.id, unitId, userId: user.id, reportedOn: input.reportedOn })
        .onConflictDoNothing();
      await writeAudit(tx, {
        actorId: user.id,
        action: "lead.report_again",
        entity: "lead",
        entityId: target.id,
        after: { unitId, reportedOn: input.reportedOn },
        ip,
      });
      return { status: "merged", id: target.id } as const;
    });
  }
  if (!input.acknowledgeDuplicates) {
    const duplicates = await findDuplicates(ctx, { enterpriseName: input.enterpriseName, creditCode });
    if (duplicates.leads.length) return { status: "duplicates", duplicates };
  }
  return db.transaction(async (tx) => {
    const [lead] = await tx
      .insert(leads)
      .values({
        enterpriseId: input.enterpriseId ?? null,
        enterpriseName: input.enterpriseName,
        enterpriseKey: enterpriseNameKey(input.enterpriseName),
        creditCode,
        source: input.source,
        reportingUnitId: unitId,
        reportedById: user.id,
        reportedOn: input.reportedOn,
        chainId: input.chainId ?? null,
        intendedAmount: input.intendedAmount ?? null,
        notes: input.notes ?? null,
        contactName: input.contactName || null,
        contactPhone: input.contactPhone || null,
      })
      .returning();
    await tx.insert(leadReporters).values({ leadId: lead!.id, unitId, userId: user.id, reportedOn: input.reportedOn });
    await writeAudit(tx, {
      actorId: user.id,
      action: "lead.create",
      entity: "lead",
      entityId: lead!.id,
      after: lead,
      ip,
    });
    return { status: "created", id: lead!.id } as const;
  });
}
