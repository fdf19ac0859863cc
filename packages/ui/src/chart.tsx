"use client";

import { BarChart, FunnelChart, GraphChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { init, use as register, type ComposeOption, type ECharts, type SetOptionOpts } from "echarts/core";
import type { BarSeriesOption, FunnelSeriesOption, GraphSeriesOption } from "echarts/charts";
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef, type CSSProperties } from "react";

import { cn } from "./cn";

// Only what the cockpit and the chain maps draw: bars, a funnel and a graph, with axes, tooltips and legends, drawn as SVG
// (crisp on the command room's screen, and each segment an element a test can click).
// ECharts' own generated description is off: it is worded in Chinese whatever the page's language and
// reads string values as NaN; the chart's `label` (in the page's language) and its panel's summary say it.
register([BarChart, FunnelChart, GraphChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | FunnelSeriesOption
  | GraphSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
>;

/** What a click on a segment reports: which series and which item in it. */
export interface ChartItem {
  seriesIndex: number;
  dataIndex: number;
  /** A graph's "node" or "edge"; undefined for other series. */
  dataType?: string;
}

interface Props {
  option: ChartOption;
  /** What the chart shows, for screen readers (and anyone who prefers words to shapes). */
  label: string;
  onItemClick?: (item: ChartItem) => void;
  theme?: "dark";
  className?: string;
  /** A fixed size where the chart must not be scaled (a chain map drawn at its layout's size). */
  style?: CSSProperties;
}

const UPDATE: SetOptionOpts = { notMerge: true };

/** An ECharts chart that fills its box, follows its size, and reports clicks on its segments. */
export function Chart({ option, label, onItemClick, theme, className, style }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const onClick = useRef(onItemClick);
  useEffect(() => {
    onClick.current = onItemClick;
  }, [onItemClick]);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const c = init(el, theme, { renderer: "svg" });
    chart.current = c;
    c.on("click", (p) =>
      onClick.current?.({ seriesIndex: p.seriesIndex ?? 0, dataIndex: p.dataIndex, dataType: p.dataType }),
    );
    const resize = new ResizeObserver(() => c.resize());
    resize.observe(el);
    return () => {
      resize.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, [theme]);

  useEffect(() => {
    chart.current?.setOption({ backgroundColor: "transparent", ...option }, UPDATE);
  }, [option, theme]);

  return (
    <div
      ref={box}
      role="img"
      aria-label={label}
      style={style}
      className={cn("h-64 w-full", onItemClick && "cursor-pointer", className)}
    />
  );
}
