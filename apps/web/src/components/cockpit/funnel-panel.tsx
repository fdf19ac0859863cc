"use client";

import { PIPELINE_STAGES } from "@crm/domain";
import { Chart } from "@crm/ui";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";

import { formatters } from "~/components/format";
import { drillHref } from "~/lib/drill-href";

import { FigureLink } from "./figure-link";
import { PALETTE, Panel } from "./panel";
import type { CockpitData, CockpitLook } from "./types";

/** The funnel by stage (today's, or at the year's end for a past year); a segment opens its projects. */
export function FunnelPanel({ data, look }: { data: CockpitData; look: CockpitLook }) {
  const t = useTranslations();
  const f = formatters(useLocale());
  const router = useRouter();
  const pipeline = data.funnel.filter((s) => (PIPELINE_STAGES as readonly string[]).includes(s.stage));
  const side = data.funnel.filter((s) => !(PIPELINE_STAGES as readonly string[]).includes(s.stage));
  const option = {
    tooltip: {
      trigger: "item" as const,
      formatter: (p: unknown) =>
        t("cockpit.projectsTip", { name: (p as { name: string }).name, n: f.count((p as { value: number }).value) }),
    },
    series: [
      {
        type: "funnel" as const,
        sort: "none" as const,
        left: "8%",
        width: "84%",
        minSize: "18%",
        gap: 2,
        label: {
          show: true,
          position: "inside" as const,
          color: "#fff",
          fontSize: look === "screen" ? 16 : 12,
          formatter: "{b} {c}",
        },
        data: pipeline.map((s, i) => ({
          name: t(`stages.${s.stage}`),
          value: s.value,
          itemStyle: { color: PALETTE[i + 1] },
        })),
      },
    ],
  };
  return (
    <Panel
      title={t("cockpit.funnel", { asOf: f.date(data.asOf) })}
      look={look}
      summary={
        <p>
          {pipeline.map((s, i) => (
            <span key={s.stage}>
              {i > 0 ? "，" : ""}
              <FigureLink drill={s.drill}>
                {t("cockpit.stageCount", { stage: t(`stages.${s.stage}`), n: f.count(s.value) })}
              </FigureLink>
            </span>
          ))}
          {side.map((s) => (
            <span key={s.stage}>
              ；
              <FigureLink drill={s.drill}>
                {t("cockpit.stageCount", { stage: t(`stages.${s.stage}`), n: f.count(s.value) })}
              </FigureLink>
            </span>
          ))}
          。
        </p>
      }
    >
      <div data-chart="funnel">
        <Chart
          option={option}
          theme={look === "screen" ? "dark" : undefined}
          label={t("cockpit.funnelLabel")}
          className={look === "screen" ? "h-[330px]" : "h-72"}
          onItemClick={({ dataIndex }) => router.push(drillHref(pipeline[dataIndex]!.drill))}
        />
      </div>
    </Panel>
  );
}
