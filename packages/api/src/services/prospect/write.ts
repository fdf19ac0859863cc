import { schema, writeAudit } from "@crm/db";
import {
  enterpriseNameKey,
  nameInitials,
  todayInShanghai,
  type ConfirmProspectInput,
  type CreateProspectInput,
  type DropProspectInput,
  type UpdateProspectInput,
} from "@crm/domain";
import type { z } from "zod";

import type { AuthedContext } from "../../context";
import { badRequest } from "../../errors";
import { assertNodeOfChain, ownerUnitFor, writableProspectById } from "../../scope/prospects";
import { isBureau } from "../../scope/roles";
import { updateWithVersion } from "../versioned-update";

const { prospects } = schema;

const namesOf = (name: string) => ({ nameKey: enterpriseNameKey(name), nameInitials: nameInitials(name) });

/** A new target, confirmed today by the unit that keeps it. */
export async function createProspect(ctx: AuthedContext, input: z.output<typeof CreateProspectInput>) {
  const { db, user, ip } = ctx;
  const ownerUnitId = ownerUnitFor(user, input.ownerUnitId);
  return db.transaction(async (tx) => {
    await assertNodeOfChain(tx, input.chainId, input.nodeId);
    const { ownerUnitId: _o, ...fields } = input;
    const [row] = await tx
      .insert(prospects)
      .values({
        ...fields,
        ...namesOf(input.name),
        nodeId: input.nodeId ?? null,
        ownerUnitId,
        verifiedOn: todayInShanghai(ctx.now()),
      })
      .returning();
    await writeAudit(tx, {
      actorId: user.id,
      action: "prospect.create",
      entity: "prospect",
      entityId: row!.id,
      after: row,
      ip,
    });
    return { id: row!.id, version: row!.version };
  });
}

/** Edits an open target's facts. Its owner changes by the bureau's hand only. */
export async function updateProspect(ctx: AuthedContext, input: z.output<typeof UpdateProspectInput>) {
  const { db, user, ip } = ctx;
  return db.transaction(async (tx) => {
    const before = await writableProspectById(tx, user, input.id);
    if (before.status !== "open") throw badRequest("prospectClosed");
    const patch = { ...input.patch };
    if (patch.ownerUnitId !== undefined && patch.ownerUnitId !== before.ownerUnitId && !isBureau(user))
      throw badRequest("ownZoneOnly");
    // Moved to another chain without a node: it leaves its old chain's node.
    const chainId = patch.chainId ?? before.chainId;
    if (patch.chainId !== undefined && patch.chainId !== before.chainId && patch.nodeId === undefined)
      patch.nodeId = null;
    await assertNodeOfChain(tx, chainId, patch.nodeId === undefined ? before.nodeId : patch.nodeId);
    const changes = { ...patch, ...(patch.name ? namesOf(patch.name) : {}) };
    const updated = await updateWithVersion(tx, prospects, before.id, input.version, changes);
    const keys = Object.keys(patch) as (keyof typeof patch)[];
    await writeAudit(tx, {
      actorId: user.id,
      action: "prospect.update",
      entity: "prospect",
      entityId: before.id,
      before: Object.fromEntries(keys.map((k) => [k, before[k]])),
      after: Object.fromEntries(keys.map((k) => [k, updated[k]])),
      ip,
    });
    return { id: updated.id, version: updated.version };
  });
}

/** The target is no longer wanted: dropped with the reason, kept as history. */
export async function dropProspect(ctx: AuthedContext, input: z.output<typeof DropProspectInput>) {
  const { db, user, ip } = ctx;
  return db.transaction(async (tx) => {
    const before = await writableProspectById(tx, user, input.id);
    if (before.status !== "open") throw badRequest("prospectClosed");
    const updated = await updateWithVersion(tx, prospects, before.id, input.version, {
      status: "dropped",
      dropReason: input.reason,
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "prospect.drop",
      entity: "prospect",
      entityId: before.id,
      before: { status: before.status },
      after: { status: "dropped", reason: input.reason },
      ip,
    });
    return { id: updated.id, version: updated.version };
  });
}

/** Its owner confirms it is still current (the monthly dispatch asks): last verified today. */
export async function confirmProspect(ctx: AuthedContext, input: z.output<typeof ConfirmProspectInput>) {
  const { db, user, ip } = ctx;
  return db.transaction(async (tx) => {
    const before = await writableProspectById(tx, user, input.id);
    if (before.status !== "open") throw badRequest("prospectClosed");
    const verifiedOn = todayInShanghai(ctx.now());
    const updated = await updateWithVersion(tx, prospects, before.id, input.version, { verifiedOn });
    await writeAudit(tx, {
      actorId: user.id,
      action: "prospect.confirm",
      entity: "prospect",
      entityId: before.id,
      before: { verifiedOn: before.verifiedOn },
      after: { verifiedOn },
      ip,
    });
    return { id: updated.id, version: updated.version, verifiedOn };
  });
}
