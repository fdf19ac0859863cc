"use client";

import { PIPELINE_STAGES, stageDrill } from "@crm/domain";
import { Chart } from "@crm/ui";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";

import { formatters } from "~/components/format";
import { drillHref } from "~/lib/drill-href";

import { axisStyle } from "./axis";
import { PALETTE, Panel } from "./panel";
import type { CockpitData, CockpitLook } from "./types";

/** Each zone's projects by stage, stacked; a segment opens that zone's projects in that stage. */
export function ZonePanel({ data, look }: { data: CockpitData; look: CockpitLook }) {
  const t = useTranslations();
  const f = formatters(useLocale());
  const router = useRouter();
  const zones = data.byZone;
  const stages = PIPELINE_STAGES;
  const totals = zones.map((z) => stages.reduce((n, s) => n + z.counts[s], 0));
  const option = {
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    legend: {
      top: 0,
      textStyle: { color: look === "screen" ? "#e2e8f0" : "#334155", fontSize: look === "screen" ? 13 : 11 },
      itemWidth: 10,
      itemHeight: 10,
    },
    tooltip: {
      trigger: "item" as const,
      formatter: (p: unknown) => {
        const q = p as { seriesName: string; name: string; value: number };
        return t("cockpit.zoneTip", { zone: q.name, stage: q.seriesName, n: f.count(q.value) });
      },
    },
    xAxis: { type: "category" as const, data: zones.map((z) => z.name), ...axisStyle(look) },
    yAxis: { type: "value" as const, minInterval: 1, ...axisStyle(look) },
    series: stages.map((stage, i) => ({
      type: "bar" as const,
      name: t(`stages.${stage}`),
      stack: "stages",
      barMaxWidth: 48,
      itemStyle: { color: PALETTE[i + 1] },
      data: zones.map((z) => z.counts[stage]),
    })),
  };
  const top = zones.length ? zones[totals.indexOf(Math.max(...totals))]! : null;
  return (
    <Panel
      title={t("cockpit.byZone")}
      look={look}
      summary={
        <p>
          {top
            ? t("cockpit.byZoneSummary", {
                zones: zones.map((z, i) => `${z.name} ${f.count(totals[i]!)}`).join("，"),
                top: top.name,
              })
            : t("cockpit.nothing")}
        </p>
      }
    >
      <Chart
        option={option}
        theme={look === "screen" ? "dark" : undefined}
        label={t("cockpit.byZone")}
        className={look === "screen" ? "h-[300px]" : "h-72"}
        onItemClick={({ seriesIndex, dataIndex }) =>
          router.push(drillHref(stageDrill(data.frame, stages[seriesIndex]!, zones[dataIndex]!.zoneId)))
        }
      />
    </Panel>
  );
}
