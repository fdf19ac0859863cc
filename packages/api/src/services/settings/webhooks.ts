import { asc, desc, eq, inArray, schema, writeAudit } from "@crm/db";
import type { RemoveUnitWebhookInput, SetUnitWebhookInput } from "@crm/domain";
import type { z } from "zod";

import type { AuthedContext } from "../../context";
import { env } from "../../env";
import { badRequest, conflict, notFound } from "../../errors";
import { deleteWithVersion, updateWithVersion } from "../versioned-update";
import { webhookUrlRefusal } from "./webhook-url";

const { unitWebhooks, webhookDeliveries, orgUnits } = schema;

/**
 * Every unit that can receive tasks, with its robot address if it has one and how its latest
 * delivery went, so the admin sees a broken address.
 */
export async function listUnitWebhooks(ctx: AuthedContext) {
  const { db } = ctx;
  const units = await db
    .select({
      id: orgUnits.id,
      name: orgUnits.shortName,
      kind: orgUnits.kind,
      url: unitWebhooks.url,
      version: unitWebhooks.version,
    })
    .from(orgUnits)
    .leftJoin(unitWebhooks, eq(unitWebhooks.unitId, orgUnits.id))
    .where(inArray(orgUnits.kind, ["bureau", "zone", "department", "town"]))
    .orderBy(asc(orgUnits.sort));
  const latest = await db
    .selectDistinctOn([webhookDeliveries.unitId], {
      unitId: webhookDeliveries.unitId,
      status: webhookDeliveries.status,
      at: webhookDeliveries.createdAt,
      lastError: webhookDeliveries.lastError,
    })
    .from(webhookDeliveries)
    .orderBy(webhookDeliveries.unitId, desc(webhookDeliveries.createdAt));
  return units.map((u) => ({ ...u, lastDelivery: latest.find((d) => d.unitId === u.id) ?? null }));
}

/**
 * Sets a unit's robot address: adding needs no version, changing needs the one read. An http
 * address to an unlisted host, or a literal private address, is refused before anything is read.
 */
export async function setUnitWebhook(ctx: AuthedContext, input: z.infer<typeof SetUnitWebhookInput>) {
  const { db, user: actor, ip } = ctx;
  const refusal = webhookUrlRefusal(input.url, env.WEBHOOK_ALLOWED_HOSTS);
  if (refusal) throw badRequest(refusal);
  return db.transaction(async (tx) => {
    const [unit] = await tx.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.id, input.unitId));
    if (!unit) throw notFound();
    const [before] = await tx.select().from(unitWebhooks).where(eq(unitWebhooks.unitId, input.unitId)).for("update");
    let row;
    if (input.version === undefined) {
      if (before) throw conflict();
      [row] = await tx.insert(unitWebhooks).values({ unitId: input.unitId, url: input.url }).returning();
    } else {
      row = await updateWithVersion(tx, unitWebhooks, { unitId: input.unitId }, input.version, { url: input.url });
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: "webhook.set",
      entity: "unit_webhook",
      entityId: input.unitId,
      before: before ? { url: before.url } : null,
      after: { url: row!.url },
      ip,
    });
    return { unitId: row!.unitId, url: row!.url, version: row!.version };
  });
}

/** Removes a unit's robot address; messages already queued for it still go out or fail as before. */
export async function removeUnitWebhook(ctx: AuthedContext, input: z.infer<typeof RemoveUnitWebhookInput>) {
  const { db, user: actor, ip } = ctx;
  return db.transaction(async (tx) => {
    const removed = await deleteWithVersion(tx, unitWebhooks, { unitId: input.unitId }, input.version);
    await writeAudit(tx, {
      actorId: actor.id,
      action: "webhook.remove",
      entity: "unit_webhook",
      entityId: input.unitId,
      before: { url: removed.url },
      after: null,
      ip,
    });
    return { unitId: removed.unitId };
  });
}
