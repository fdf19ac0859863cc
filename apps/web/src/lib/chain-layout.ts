import type { RouterOutputs } from "@crm/api";
import { CHAIN_TIERS, type ChainStrength, type ChainTier } from "@crm/domain";
import ELK from "elkjs/lib/elk.bundled.js";

export type ChainMapData = RouterOutputs["chain"]["map"];
export type ChainMapNode = ChainMapData["nodes"][number];

/** What drawing a map needs: the staff map gives it, and so does an investor edition. */
export interface MapShape {
  chain: { name: string };
  nodes: {
    id: string;
    tier: ChainTier;
    parentId: string | null;
    name: string;
    retired?: boolean;
    strength: { strength: ChainStrength };
    counts: { enterprises: number };
  }[];
  links: { from: string; to: string }[];
}

/** A node's box in the layout, in pixels at scale 1 (its centre is x + w/2, y + h/2). */
export interface LaidOutNode {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A tier's band (上游/中游/下游): the columns its nodes take. */
export interface TierBand {
  tier: ChainTier;
  x: number;
  w: number;
}

export interface ChainLayout {
  nodes: LaidOutNode[];
  bands: TierBand[];
  width: number;
  height: number;
}

/** Room above the nodes for the tiers' titles, and around the whole map. */
export const BAND_HEADER = 44;
export const MARGIN = 24;
const NODE_H = 56;
const MIN_BAND_W = 200;

/** A node's width from its name (CJK characters ~15px at 14px type), never narrower than 120. */
const widthOf = (name: string) => Math.max(120, Math.ceil([...name].length * 15 + 36));

/**
 * The map's positions by elkjs' layered layout: left to right, each tier a partition so the tiers
 * stand as columns (上游 | 中游 | 下游), sub-nodes in their parent's tier beside it, links routed
 * between them. Deterministic for the same nodes and links, so the page and the exports agree.
 */
export async function layoutChainMap(map: Pick<MapShape, "nodes" | "links">): Promise<ChainLayout> {
  const elk = new ELK();
  const tierOf = new Map(map.nodes.map((n) => [n.id, CHAIN_TIERS.indexOf(n.tier)]));
  const edges = [
    ...map.links.filter((l) => tierOf.has(l.from) && tierOf.has(l.to)),
    ...map.nodes.filter((n) => n.parentId && tierOf.has(n.parentId)).map((n) => ({ from: n.parentId!, to: n.id })),
  ].map((e, i) => {
    // The layout's edges run with the tiers (an edge against them would break the partitions).
    const back = tierOf.get(e.from)! > tierOf.get(e.to)!;
    return { id: `e${i}`, sources: [back ? e.to : e.from], targets: [back ? e.from : e.to] };
  });
  const graph = await elk.layout({
    id: "chain",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "RIGHT",
      "elk.partitioning.activate": "true",
      "elk.spacing.nodeNode": "28",
      "elk.layered.spacing.nodeNodeBetweenLayers": "72",
      "elk.layered.crossingMinimization.semiInteractive": "true",
      "elk.padding": "[top=0,left=0,bottom=0,right=0]",
    },
    children: map.nodes.map((n, i) => ({
      id: n.id,
      width: widthOf(n.name),
      height: NODE_H,
      layoutOptions: {
        "elk.partitioning.partition": String(tierOf.get(n.id)),
        "elk.position": `(0,${i})`,
      },
    })),
    edges,
  });
  const laid = (graph.children ?? []).map((c) => ({
    id: c.id,
    x: (c.x ?? 0) + MARGIN,
    y: (c.y ?? 0) + MARGIN + BAND_HEADER,
    w: c.width ?? 120,
    h: c.height ?? NODE_H,
  }));

  // Bands: each tier from its leftmost to its rightmost node, widened to MIN_BAND_W; empty tiers
  // keep a band so the three columns always read 上游 | 中游 | 下游.
  const bands: TierBand[] = [];
  let cursor = MARGIN;
  const shifted: LaidOutNode[] = [];
  for (const [i, tier] of CHAIN_TIERS.entries()) {
    const mine = laid.filter((n) => tierOf.get(n.id) === i);
    const left = mine.length ? Math.min(...mine.map((n) => n.x)) : cursor;
    const right = mine.length ? Math.max(...mine.map((n) => n.x + n.w)) : cursor;
    const w = Math.max(MIN_BAND_W, right - left + 48);
    const offset = cursor + (w - (right - left)) / 2 - left;
    for (const n of mine) shifted.push({ ...n, x: n.x + offset });
    bands.push({ tier, x: cursor, w });
    cursor += w + 16;
  }
  const bottom = shifted.length ? Math.max(...shifted.map((n) => n.y + n.h)) : MARGIN + BAND_HEADER + NODE_H;
  return { nodes: shifted, bands, width: cursor - 16 + MARGIN, height: bottom + 20 + MARGIN };
}
