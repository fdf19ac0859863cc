import { schema, writeAudit } from "@crm/db";
import {
  isLanded,
  todayInShanghai,
  type CarrierState,
  type ConfirmCarrierInput,
  type CreateCarrierInput,
  type MoveCarrierInput,
  type UpdateCarrierInput,
} from "@crm/domain";
import type { z } from "zod";

import type { AuthedContext } from "../../context";
import { badRequest } from "../../errors";
import { writableCarrierById } from "../../scope/carriers";
import { scopedLeadById } from "../../scope/leads";
import { scopedProjectById } from "../../scope/projects";
import { updateWithVersion } from "../versioned-update";
import { carrierColumns, checkCarrierFields, writeCarrierParts } from "./fields";

const { carriers } = schema;

type Out<T extends z.ZodType> = z.output<T>;

/** A new carrier, kept by the caller's unit unless another is named; confirmed as of today. */
export async function createCarrier(ctx: AuthedContext, input: Out<typeof CreateCarrierInput>) {
  const { db, user, ip } = ctx;
  return db.transaction(async (tx) => {
    const ownerUnitId = await checkCarrierFields(tx, ctx, input);
    const [made] = await tx
      .insert(carriers)
      .values({ kind: input.kind, ...carrierColumns(input, ownerUnitId), verifiedOn: todayInShanghai(ctx.now()) })
      .returning();
    await writeCarrierParts(tx, made!.id, input, false);
    await writeAudit(tx, {
      actorId: user.id,
      action: "carrier.create",
      entity: "carrier",
      entityId: made!.id,
      after: { code: made!.code, kind: made!.kind, zoneId: made!.zoneId, ownerUnitId },
      ip,
    });
    return { id: made!.id, version: made!.version };
  });
}

/** Edits a carrier (its kind stays); editing it is also confirming it is as described. A stale copy gets CONFLICT. */
export async function updateCarrier(ctx: AuthedContext, input: Out<typeof UpdateCarrierInput>) {
  const { db, user, ip } = ctx;
  return db.transaction(async (tx) => {
    const before = await writableCarrierById(tx, user, input.id);
    const f = input.carrier;
    if (f.kind !== before.kind) throw badRequest("carrierKindFixed");
    const ownerUnitId = await checkCarrierFields(tx, ctx, f, before.ownerUnitId);
    const columns = carrierColumns(f, ownerUnitId);
    const updated = await updateWithVersion(tx, carriers, before.id, input.version, {
      ...columns,
      verifiedOn: todayInShanghai(ctx.now()),
    });
    await writeCarrierParts(tx, before.id, f, true);
    const keys = Object.keys(columns) as (keyof typeof columns)[];
    const changed = keys.filter((k) => String(before[k] ?? "") !== String(updated[k] ?? ""));
    await writeAudit(tx, {
      actorId: user.id,
      action: "carrier.update",
      entity: "carrier",
      entityId: before.id,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: {
        ...Object.fromEntries(changed.map((k) => [k, updated[k]])),
        ...("spaces" in f ? { spaces: f.spaces.length } : {}),
      },
      ip,
    });
    return { id: updated.id, version: updated.version };
  });
}

/** available → in_talks → taken; talks that fail go back to available. */
const NEXT: Record<CarrierState, readonly CarrierState[]> = {
  available: ["in_talks"],
  in_talks: ["taken", "available"],
  taken: [],
};

/**
 * Moves a carrier along its states, linked to the lead or project that takes it (one the caller
 * can see). A project records the carrier it lands on: the carrier names it. Back to available
 * drops the link.
 */
export async function moveCarrier(ctx: AuthedContext, input: Out<typeof MoveCarrierInput>) {
  const { db, user, ip } = ctx;
  return db.transaction(async (tx) => {
    const before = await writableCarrierById(tx, user, input.id);
    if (!NEXT[before.state].includes(input.to)) throw badRequest("carrierWrongState");
    let link: { leadId: string | null; projectId: string | null } = { leadId: null, projectId: null };
    if (input.to !== "available") {
      const lead = input.leadId ? await scopedLeadById(tx, user, input.leadId) : null;
      const project = input.projectId ? await scopedProjectById(tx, user, input.projectId) : null;
      link = {
        leadId: lead?.id ?? (project ? null : before.leadId),
        projectId: project?.id ?? lead?.projectId ?? (lead ? null : before.projectId),
      };
      if (!link.leadId && !link.projectId) throw badRequest("projectRequired");
      // Talks are for a project still to land: one registered or later takes no new carrier into talks.
      if (input.to === "in_talks" && link.projectId) {
        const stage = project?.stage ?? (await scopedProjectById(tx, user, link.projectId).catch(() => null))?.stage;
        if (stage && isLanded(stage)) throw badRequest("carrierProjectLanded");
      }
    }
    const updated = await updateWithVersion(tx, carriers, before.id, input.version, { state: input.to, ...link });
    await writeAudit(tx, {
      actorId: user.id,
      action: "carrier.move",
      entity: "carrier",
      entityId: before.id,
      before: { state: before.state, leadId: before.leadId, projectId: before.projectId },
      after: { state: updated.state, leadId: updated.leadId, projectId: updated.projectId },
      ip,
    });
    return { id: updated.id, version: updated.version, state: updated.state };
  });
}

/** The owner says the carrier is still as described: last verified today. */
export async function confirmCarrier(ctx: AuthedContext, input: Out<typeof ConfirmCarrierInput>) {
  const { db, user, ip } = ctx;
  return db.transaction(async (tx) => {
    const before = await writableCarrierById(tx, user, input.id);
    const today = todayInShanghai(ctx.now());
    const updated = await updateWithVersion(tx, carriers, before.id, input.version, { verifiedOn: today });
    await writeAudit(tx, {
      actorId: user.id,
      action: "carrier.confirm",
      entity: "carrier",
      entityId: before.id,
      before: { verifiedOn: before.verifiedOn },
      after: { verifiedOn: updated.verifiedOn },
      ip,
    });
    return { id: updated.id, version: updated.version, verifiedOn: updated.verifiedOn };
  });
}
