import { schema, writeAudit } from "@crm/db";
import type { CreatePromoEventInput, UpdatePromoEventInput } from "@crm/domain";
import type { z } from "zod";

import type { AuthedContext } from "../../context";
import { badRequest } from "../../errors";
import { scopedEventById } from "../../scope/events";
import { updateWithVersion } from "../versioned-update";

const { promoEvents } = schema;

const fields = (input: z.output<typeof CreatePromoEventInput>) => ({
  kind: input.kind,
  title: input.title,
  heldOn: input.heldOn,
  place: input.place || null,
  organisers: input.organisers || null,
  costWan: input.costWan || null,
});

/** Plans an event, owned by the caller's unit (the bureau), with its audit row. */
export async function createEvent(ctx: AuthedContext, input: z.output<typeof CreatePromoEventInput>) {
  const { db, user, ip } = ctx;
  if (!user.unitId) throw badRequest("invalidInput");
  const ownerUnitId = user.unitId;
  return db.transaction(async (tx) => {
    const [event] = await tx
      .insert(promoEvents)
      .values({ ...fields(input), ownerUnitId, createdById: user.id })
      .returning();
    await writeAudit(tx, {
      actorId: user.id,
      action: "event.create",
      entity: "promo_event",
      entityId: event!.id,
      after: event,
      ip,
    });
    return { id: event!.id, version: event!.version };
  });
}

/** Changes an event's facts; a stale copy gets CONFLICT. */
export async function updateEvent(ctx: AuthedContext, input: z.output<typeof UpdatePromoEventInput>) {
  const { db, user, ip } = ctx;
  return db.transaction(async (tx) => {
    const before = await scopedEventById(tx, user, input.id);
    const updated = await updateWithVersion(tx, promoEvents, input.id, input.version, fields(input));
    await writeAudit(tx, {
      actorId: user.id,
      action: "event.update",
      entity: "promo_event",
      entityId: input.id,
      before,
      after: updated,
      ip,
    });
    return { id: updated.id, version: updated.version };
  });
}
