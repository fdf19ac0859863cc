import "server-only";

import { STRENGTH_LABELS, todayInShanghai, type ChainStrength, type ChainTier } from "@crm/domain";
import { GraphChart } from "echarts/charts";
import { GraphicComponent, TitleComponent } from "echarts/components";
import { init, use } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";

import { layoutChainMap, MARGIN, type MapShape } from "~/lib/chain-layout";
import { chainMapOption, STRENGTH_STYLE, type MapWords } from "~/lib/chain-map-option";

import { withChromium } from "./chromium";

use([GraphChart, TitleComponent, GraphicComponent, SVGRenderer]);

/** Print resolution: the exported map is at least this wide, however few its nodes. */
export const PRINT_MIN_WIDTH = 3000;
const HEADER = 96;
const FOOTER = 44;
const FONT = '"Noto Sans CJK SC", "Noto Sans SC", sans-serif';
export const SOURCE_LINE = "数据来源：招商通 · 蒸湘区商务局（一单一图谱）";

/** The exports are in Chinese, as the bulletin's PDF is: they are printed and handed out. */
const WORDS: MapWords = {
  tier: { upstream: "上游", midstream: "中游", downstream: "下游" } satisfies Record<ChainTier, string>,
  strength: STRENGTH_LABELS,
  nodeLine: (strength, n) => `${strength} · ${n}家企业`,
};

export interface MapSvg {
  svg: string;
  /** The size the SVG is drawn at (≥ PRINT_MIN_WIDTH wide). */
  width: number;
  height: number;
}

/**
 * The whole map as one SVG, drawn by ECharts' server-side renderer at the layout's own size (so
 * nothing is cropped however many nodes), with its title, date, legend (colour and word) and source
 * line, then scaled through its viewBox to print width.
 */
export async function chainMapSvg(map: MapShape, now = new Date()): Promise<MapSvg> {
  const layout = await layoutChainMap(map);
  const width = Math.max(layout.width, 760);
  const height = layout.height + HEADER + FOOTER;
  const chart = init(null, null, { renderer: "svg", ssr: true, width, height });
  const legend = (["strong", "weak", "missing"] as ChainStrength[]).flatMap((s, i) => {
    const x = width - MARGIN - (3 - i) * 110;
    const st = STRENGTH_STYLE[s];
    return [
      {
        type: "rect" as const,
        shape: { x, y: 28, width: 28, height: 18, r: 4 },
        style: { fill: st.fill, stroke: st.border, lineWidth: 2, lineDash: st.dashed ? [4, 3] : undefined },
      },
      {
        type: "text" as const,
        x: x + 36,
        y: 30,
        style: {
          text: `${STRENGTH_LABELS[s]}（${{ strong: "强链", weak: "补链", missing: "缺链" }[s]}）`,
          font: `14px ${FONT}`,
          fill: "#0f172a",
        },
      },
    ];
  });
  const base = chainMapOption(map, layout, WORDS, HEADER);
  chart.setOption({
    ...base,
    backgroundColor: "#ffffff",
    title: {
      text: `${map.chain.name} 产业链图谱`,
      subtext: `导出日期 ${todayInShanghai(now)} · 共${map.nodes.length}个节点`,
      left: MARGIN,
      top: 16,
      textStyle: { fontSize: 24, fontFamily: FONT, color: "#0f172a" },
      subtextStyle: { fontSize: 14, fontFamily: FONT, color: "#475569" },
    },
    graphic: [
      ...legend,
      {
        type: "text" as const,
        left: MARGIN,
        bottom: 14,
        style: { text: SOURCE_LINE, font: `13px ${FONT}`, fill: "#64748b" },
      },
    ],
  });
  const raw = chart.renderToSVGString();
  chart.dispose();
  const scale = Math.max(1, PRINT_MIN_WIDTH / width);
  const outW = Math.ceil(width * scale);
  const outH = Math.ceil(height * scale);
  const svg = raw.replace(/^<svg([^>]*)>/, (_m, attrs: string) => {
    const kept = attrs.replace(/\s(width|height|viewBox)="[^"]*"/g, "");
    return `<svg${kept} width="${outW}" height="${outH}" viewBox="0 0 ${width} ${height}">`;
  });
  return { svg, width: outW, height: outH };
}

const page = (body: string, style = "") =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>html,body{margin:0;padding:0;background:#fff}${style}</style></head><body>${body}</body></html>`;

/** The map as a PNG: Chromium draws the SVG at its print size and screenshots all of it. */
export async function chainMapPng(map: MapShape): Promise<Uint8Array> {
  const { svg, width, height } = await chainMapSvg(map);
  return withChromium(async (browser) => {
    const p = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    await p.setContent(page(svg, "svg{display:block}"), { waitUntil: "load" });
    return new Uint8Array(await p.screenshot({ type: "png", fullPage: true }));
  });
}

/** The map on one A3 landscape PDF page, printed by Chromium as the bulletin is; scaled to fit, never cropped. */
export async function chainMapPdf(map: MapShape): Promise<Uint8Array> {
  const { svg } = await chainMapSvg(map);
  const fitted = svg.replace(/^<svg([^>]*)>/, (_m, attrs: string) => {
    const kept = attrs.replace(/\s(width|height)="[^"]*"/g, "");
    return `<svg${kept} width="100%" height="100%" preserveAspectRatio="xMidYMid meet">`;
  });
  return withChromium(async (browser) => {
    const p = await browser.newPage();
    await p.setContent(
      page(`<div class="sheet">${fitted}</div>`, "@page{size:A3 landscape;margin:8mm}.sheet{width:404mm;height:280mm}"),
      {
        waitUntil: "load",
      },
    );
    return new Uint8Array(await p.pdf({ format: "A3", landscape: true, printBackground: true }));
  });
}

/** A file name with the chain's name and the day, UTF-8 encoded for the download. */
export function mapFileHeaders(map: MapShape, ext: "png" | "svg" | "pdf", contentType: string) {
  const name = `${map.chain.name}-产业链图谱-${todayInShanghai(new Date())}.${ext}`;
  return {
    "content-type": contentType,
    "content-disposition": `attachment; filename="chain-map.${ext}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    "cache-control": "no-store",
  };
}
