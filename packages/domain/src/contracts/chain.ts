import { z } from "zod";

import { CHAIN_STRENGTHS, CHAIN_TIERS } from "../chains";
import { Uuid } from "../schemas";

const text = (max: number) => z.string().trim().max(max);

/** A chain's code as the pages' addresses carry it (steel_pipe, auto …). */
export const ChainCode = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/);

/** One chain's map, by its id or its code; retired nodes only when asked for (their history). */
export const ChainMapInput = z
  .object({
    chainId: Uuid.optional(),
    code: ChainCode.optional(),
    includeRetired: z.boolean().optional(),
  })
  .refine((v) => !!v.chainId !== !!v.code, { path: ["chainId"], message: "chainMap.chainRequired" });
export type ChainMapInput = z.infer<typeof ChainMapInput>;

/** One node's panel. */
export const ChainNodeInput = z.object({ nodeId: Uuid });
export type ChainNodeInput = z.infer<typeof ChainNodeInput>;

/** The gap loop's counts (targets → leads → 在谈 → 签约 → 落地) per chain and node; one chain or all. */
export const ChainGapCountsInput = z.object({ chainId: Uuid.optional() });
export type ChainGapCountsInput = z.infer<typeof ChainGapCountsInput>;

const NodeName = text(40).min(2, "chainMap.nameRequired");

/** A new node in a tier, optionally a sub-node of another node of the same chain and tier. */
export const AddChainNodeInput = z.object({
  chainId: Uuid,
  tier: z.enum(CHAIN_TIERS),
  parentId: Uuid.nullable().optional(),
  name: NodeName,
});
export type AddChainNodeInput = z.infer<typeof AddChainNodeInput>;

/** Every edit of a node names the version the caller read: a stale copy gets CONFLICT. */
const Versioned = { id: Uuid, version: z.number().int().min(1) };

export const RenameChainNodeInput = z.object({ ...Versioned, name: NodeName });
export type RenameChainNodeInput = z.infer<typeof RenameChainNodeInput>;

/** Moves a node one place up or down among its siblings (same tier and parent). */
export const ReorderChainNodeInput = z.object({ ...Versioned, direction: z.enum(["up", "down"]) });
export type ReorderChainNodeInput = z.infer<typeof ReorderChainNodeInput>;

/** What supplies what: a link from the node `id` (at `version`) to `toId` of the same chain. */
export const LinkChainNodesInput = z.object({ ...Versioned, toId: Uuid });
export type LinkChainNodesInput = z.infer<typeof LinkChainNodesInput>;

/** Retiring keeps the node (and its sub-nodes, links, enterprises, projects and targets) as history. */
export const RetireChainNodeInput = z.object(Versioned);
export type RetireChainNodeInput = z.infer<typeof RetireChainNodeInput>;

/** The bureau's judgement of a node's strength, with its reason; null goes back to the rule. */
export const OverrideChainStrengthInput = z
  .object({
    ...Versioned,
    strength: z.enum(CHAIN_STRENGTHS).nullable(),
    reason: text(200).optional().nullable(),
  })
  .refine((v) => v.strength === null || (v.reason?.length ?? 0) >= 2, {
    path: ["reason"],
    message: "chainMap.reasonRequired",
  });
export type OverrideChainStrengthInput = z.infer<typeof OverrideChainStrengthInput>;
