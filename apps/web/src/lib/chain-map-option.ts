import type { ChainStrength, ChainTier } from "@crm/domain";

import type { ChainLayout, MapShape } from "./chain-layout";
import { MARGIN } from "./chain-layout";

/** Strength colours, always with the word beside them (强/弱/缺): never colour alone. */
export const STRENGTH_STYLE: Record<ChainStrength, { fill: string; border: string; dashed?: boolean }> = {
  strong: { fill: "#dcfce7", border: "#15803d" },
  weak: { fill: "#fef3c7", border: "#b45309" },
  missing: { fill: "#fee2e2", border: "#b91c1c", dashed: true },
};

export interface MapWords {
  tier: Record<ChainTier, string>;
  strength: Record<ChainStrength, string>;
  /** A node's second line, e.g. "弱 · 1家企业". */
  nodeLine: (strength: string, enterprises: number) => string;
}

const FONT = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/**
 * The map as an ECharts graph series at scale 1: the tiers' bands and the nodes as symbols sized
 * in pixels, at the layout's positions. The view is given exactly the layout's box (offset by
 * `top`), so one layout unit is one pixel on the page and in the exports alike.
 */
export function chainMapOption(map: MapShape, layout: ChainLayout, words: MapWords, top = 0) {
  const pos = new Map(layout.nodes.map((n) => [n.id, n]));
  const bandH = layout.height - 2 * MARGIN;
  const bands = layout.bands.map((b) => ({
    id: `band:${b.tier}`,
    name: words.tier[b.tier],
    x: b.x + b.w / 2,
    y: MARGIN + bandH / 2,
    symbol: "rect",
    symbolSize: [b.w, bandH],
    z: 0,
    silent: true,
    // Transparent, so the links drawn beneath the nodes show through the bands.
    itemStyle: { color: "rgba(241,245,249,0)", borderColor: "#94a3b8", borderWidth: 1, borderType: "dashed" as const },
    label: {
      show: true,
      position: "insideTop" as const,
      distance: 12,
      formatter: words.tier[b.tier],
      fontSize: 16,
      fontWeight: "bold" as const,
      color: "#334155",
      fontFamily: FONT,
    },
    tooltip: { show: false },
  }));
  const nodes = map.nodes.map((n) => {
    const p = pos.get(n.id)!;
    const s = STRENGTH_STYLE[n.strength.strength];
    return {
      id: n.id,
      name: n.name,
      x: p.x + p.w / 2,
      y: p.y + p.h / 2,
      symbol: "roundRect",
      symbolSize: [p.w, p.h],
      z: 2,
      itemStyle: {
        color: n.retired ? "#f1f5f9" : s.fill,
        borderColor: n.retired ? "#94a3b8" : s.border,
        borderWidth: n.parentId ? 1.5 : 2.5,
        borderType: s.dashed || n.retired ? ("dashed" as const) : ("solid" as const),
      },
      label: {
        show: true,
        formatter: `{n|${n.name}}\n{s|${words.nodeLine(words.strength[n.strength.strength], n.counts.enterprises)}}`,
        rich: {
          n: { fontSize: 14, fontWeight: "bold" as const, color: "#0f172a", fontFamily: FONT, lineHeight: 20 },
          s: { fontSize: 12, color: s.border, fontFamily: FONT, lineHeight: 18 },
        },
      },
    };
  });
  const isNode = new Set(map.nodes.map((n) => n.id));
  const links = [
    ...map.links
      .filter((l) => isNode.has(l.from) && isNode.has(l.to))
      .map((l) => ({
        source: l.from,
        target: l.to,
        lineStyle: { color: "#64748b", width: 1.5, curveness: 0.15 },
        symbol: ["none", "arrow"],
        symbolSize: 9,
      })),
    ...map.nodes
      .filter((n) => n.parentId && isNode.has(n.parentId))
      .map((n) => ({
        source: n.parentId!,
        target: n.id,
        lineStyle: { color: "#94a3b8", width: 1, type: "dashed" as const, curveness: 0 },
        symbol: ["none", "none"],
      })),
  ];
  const all = [...bands, ...nodes];
  const xs = all.map((d) => d.x);
  const ys = all.map((d) => d.y);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  return {
    animation: false,
    series: [
      {
        type: "graph" as const,
        layout: "none" as const,
        left: minX,
        top: top + minY,
        width: Math.max(1, Math.max(...xs) - minX),
        height: Math.max(1, Math.max(...ys) - minY),
        roam: false,
        edgeSymbol: ["none", "arrow"],
        data: all,
        links,
        emphasis: { scale: false },
      },
    ],
  };
}
