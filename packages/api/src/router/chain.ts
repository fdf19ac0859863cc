import {
  AddChainNodeInput,
  ChainGapCountsInput,
  ChainMapInput,
  ChainNodeInput,
  LinkChainNodesInput,
  OverrideChainStrengthInput,
  RenameChainNodeInput,
  ReorderChainNodeInput,
  RetireChainNodeInput,
} from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";

import {
  addNode,
  linkNodes,
  overrideStrength,
  renameNode,
  reorderNode,
  retireNode,
  unlinkNodes,
} from "../services/chain/edit";
import { gapCounts } from "../services/chain/gaps";
import { chainMap, listChains } from "../services/chain/map";
import { chainNode } from "../services/chain/node";
import { noInput, permitted } from "../trpc";

/**
 * The chain maps (产业链图谱, 一图谱): read by every staff role (targets only with prospect.read),
 * edited by the bureau. `org.chains` stays the short list forms and filters pick a chain from.
 */
export const chainRouter = {
  list: permitted("chain.read")
    .input(noInput)
    .query(({ ctx }) => listChains(ctx)),
  map: permitted("chain.read")
    .input(ChainMapInput)
    .query(({ ctx, input }) => chainMap(ctx, input)),
  node: permitted("chain.read")
    .input(ChainNodeInput)
    .query(({ ctx, input }) => chainNode(ctx, input)),
  /** The gap loop's counts per chain and node (targets → leads → 在谈 → 签约 → 落地): counts of targets, so prospect.read. */
  gapCounts: permitted("prospect.read")
    .input(ChainGapCountsInput)
    .query(({ ctx, input }) => gapCounts(ctx, input)),
  addNode: permitted("chain.write")
    .input(AddChainNodeInput)
    .mutation(({ ctx, input }) => addNode(ctx, input)),
  renameNode: permitted("chain.write")
    .input(RenameChainNodeInput)
    .mutation(({ ctx, input }) => renameNode(ctx, input)),
  reorderNode: permitted("chain.write")
    .input(ReorderChainNodeInput)
    .mutation(({ ctx, input }) => reorderNode(ctx, input)),
  linkNodes: permitted("chain.write")
    .input(LinkChainNodesInput)
    .mutation(({ ctx, input }) => linkNodes(ctx, input)),
  unlinkNodes: permitted("chain.write")
    .input(LinkChainNodesInput)
    .mutation(({ ctx, input }) => unlinkNodes(ctx, input)),
  retireNode: permitted("chain.write")
    .input(RetireChainNodeInput)
    .mutation(({ ctx, input }) => retireNode(ctx, input)),
  overrideStrength: permitted("chain.write")
    .input(OverrideChainStrengthInput)
    .mutation(({ ctx, input }) => overrideStrength(ctx, input)),
} satisfies TRPCRouterRecord;
