import { and, eq, isNull, schema, sql, writeAudit, type Transaction } from "@crm/db";
import type {
  AddChainNodeInput,
  LinkChainNodesInput,
  OverrideChainStrengthInput,
  RenameChainNodeInput,
  ReorderChainNodeInput,
  RetireChainNodeInput,
} from "@crm/domain";

import type { AuthedContext } from "../../context";
import { badRequest, conflict } from "../../errors";
import { editableNode, scopedChain } from "../../scope/chains";
import { updateWithVersion } from "../versioned-update";

const { chainNodes, chainNodeLinks } = schema;

type Node = typeof chainNodes.$inferSelect;

/** What the audit trail keeps of a node. */
const audited = (n: Node) => ({
  chainId: n.chainId,
  tier: n.tier,
  parentId: n.parentId,
  name: n.name,
  sort: n.sort,
  strengthOverride: n.strengthOverride,
  overrideReason: n.overrideReason,
  retiredAt: n.retiredAt,
  version: n.version,
});

async function audit(
  ctx: AuthedContext,
  tx: Transaction,
  action: string,
  before: Node | null,
  after: Node | null,
  extra?: object,
) {
  await writeAudit(tx, {
    actorId: ctx.user.id,
    action: `chain.${action}`,
    entity: "chain_node",
    entityId: (after ?? before)!.id,
    before: before ? { ...audited(before), ...extra } : null,
    after: after ? { ...audited(after), ...extra } : null,
    ip: ctx.ip,
  });
}

/** A new node at the end of its tier (or of its parent's sub-nodes); a parent is a live node of the same chain and tier. */
export async function addNode(ctx: AuthedContext, input: AddChainNodeInput) {
  return ctx.db.transaction(async (tx) => {
    const chain = await scopedChain(tx, ctx.user, { chainId: input.chainId });
    const parentId = input.parentId ?? null;
    if (parentId) {
      const parent = await editableNode(tx, ctx.user, parentId);
      if (parent.chainId !== chain.id || parent.tier !== input.tier) throw badRequest("chainNodeMismatch");
    }
    const [last] = await tx
      .select({ sort: sql<number>`coalesce(max(${chainNodes.sort}), -1)::int` })
      .from(chainNodes)
      .where(
        and(
          eq(chainNodes.chainId, chain.id),
          eq(chainNodes.tier, input.tier),
          parentId ? eq(chainNodes.parentId, parentId) : isNull(chainNodes.parentId),
        ),
      );
    const [row] = await tx
      .insert(chainNodes)
      .values({ chainId: chain.id, tier: input.tier, parentId, name: input.name, sort: (last?.sort ?? -1) + 1 })
      .returning();
    await audit(ctx, tx, "addNode", null, row!);
    return { id: row!.id, version: row!.version };
  });
}

export async function renameNode(ctx: AuthedContext, input: RenameChainNodeInput) {
  return ctx.db.transaction(async (tx) => {
    const before = await editableNode(tx, ctx.user, input.id);
    const after = await updateWithVersion(tx, chainNodes, input.id, input.version, { name: input.name });
    await audit(ctx, tx, "renameNode", before, after);
    return { id: after.id, version: after.version };
  });
}

/** Swaps the node with its neighbour among its live siblings (same chain, tier and parent). */
export async function reorderNode(ctx: AuthedContext, input: ReorderChainNodeInput) {
  return ctx.db.transaction(async (tx) => {
    const before = await editableNode(tx, ctx.user, input.id);
    const siblings = await tx
      .select()
      .from(chainNodes)
      .where(
        and(
          eq(chainNodes.chainId, before.chainId),
          eq(chainNodes.tier, before.tier),
          before.parentId ? eq(chainNodes.parentId, before.parentId) : isNull(chainNodes.parentId),
          isNull(chainNodes.retiredAt),
        ),
      )
      .orderBy(chainNodes.sort, chainNodes.createdAt);
    const at = siblings.findIndex((s) => s.id === before.id);
    const neighbour = siblings[input.direction === "up" ? at - 1 : at + 1];
    // Sorts renumbered 0..n so that a swap always moves the node (seeded sorts may repeat).
    const order = siblings.map((s) => s.id);
    if (neighbour) {
      const j = order.indexOf(neighbour.id);
      [order[at], order[j]] = [order[j]!, order[at]!];
    }
    const after = await updateWithVersion(tx, chainNodes, input.id, input.version, { sort: order.indexOf(before.id) });
    for (const s of siblings) {
      const sort = order.indexOf(s.id);
      if (s.id !== before.id && s.sort !== sort)
        await tx.update(chainNodes).set({ sort }).where(eq(chainNodes.id, s.id));
    }
    await audit(ctx, tx, "reorderNode", before, after, { direction: input.direction });
    return { id: after.id, version: after.version, moved: !!neighbour };
  });
}

/** Both ends live nodes of the same chain, not the same node. */
async function linkEnds(ctx: AuthedContext, tx: Transaction, input: LinkChainNodesInput) {
  if (input.id === input.toId) throw badRequest("chainNodeMismatch");
  const from = await editableNode(tx, ctx.user, input.id);
  const to = await editableNode(tx, ctx.user, input.toId);
  if (from.chainId !== to.chainId) throw badRequest("chainNodeMismatch");
  return { from, to };
}

/** What supplies what. The link moves the supplying node's version (a stale copy gets CONFLICT). */
export async function linkNodes(ctx: AuthedContext, input: LinkChainNodesInput) {
  return ctx.db.transaction(async (tx) => {
    const { from, to } = await linkEnds(ctx, tx, input);
    const after = await updateWithVersion(tx, chainNodes, from.id, input.version, {});
    const inserted = await tx
      .insert(chainNodeLinks)
      .values({ fromNodeId: from.id, toNodeId: to.id })
      .onConflictDoNothing()
      .returning();
    if (!inserted.length) throw conflict();
    await audit(ctx, tx, "linkNodes", from, after, { toNodeId: to.id, toName: to.name });
    return { id: after.id, version: after.version };
  });
}

export async function unlinkNodes(ctx: AuthedContext, input: LinkChainNodesInput) {
  return ctx.db.transaction(async (tx) => {
    const { from, to } = await linkEnds(ctx, tx, input);
    const after = await updateWithVersion(tx, chainNodes, from.id, input.version, {});
    const removed = await tx
      .delete(chainNodeLinks)
      .where(and(eq(chainNodeLinks.fromNodeId, from.id), eq(chainNodeLinks.toNodeId, to.id)))
      .returning();
    if (!removed.length) throw conflict();
    await audit(ctx, tx, "unlinkNodes", from, after, { toNodeId: to.id, toName: to.name });
    return { id: after.id, version: after.version };
  });
}

/**
 * Retires a node and its live sub-nodes: they leave the map but stay, with their links, enterprises,
 * projects and targets, as history (the map shows them with includeRetired).
 */
export async function retireNode(ctx: AuthedContext, input: RetireChainNodeInput) {
  return ctx.db.transaction(async (tx) => {
    const before = await editableNode(tx, ctx.user, input.id);
    const now = new Date();
    const after = await updateWithVersion(tx, chainNodes, input.id, input.version, { retiredAt: now });
    const children = await tx
      .update(chainNodes)
      .set({ retiredAt: now, version: sql`${chainNodes.version} + 1`, updatedAt: now })
      .where(and(eq(chainNodes.parentId, before.id), isNull(chainNodes.retiredAt)))
      .returning({ id: chainNodes.id, name: chainNodes.name });
    await audit(ctx, tx, "retireNode", before, after, { subNodesRetired: children.map((c) => c.name) });
    return { id: after.id, version: after.version, subNodesRetired: children.length };
  });
}

/** The bureau's strength, with its reason; null returns the node to the rule (the reason is cleared). */
export async function overrideStrength(ctx: AuthedContext, input: OverrideChainStrengthInput) {
  return ctx.db.transaction(async (tx) => {
    const before = await editableNode(tx, ctx.user, input.id);
    const after = await updateWithVersion(tx, chainNodes, input.id, input.version, {
      strengthOverride: input.strength,
      overrideReason: input.strength === null ? null : input.reason!.trim(),
    });
    await audit(ctx, tx, "overrideStrength", before, after);
    return { id: after.id, version: after.version };
  });
}
