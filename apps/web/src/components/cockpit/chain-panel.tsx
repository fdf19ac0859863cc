"use client";

import { Chart } from "@crm/ui";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";

import { formatters } from "~/components/format";
import { drillHref } from "~/lib/drill-href";

import { axisStyle } from "./axis";
import { FigureLink } from "./figure-link";
import { Panel } from "./panel";
import type { CockpitData, CockpitLook } from "./types";

/** The year's signings by chain (amount, with how many projects); a bar opens those projects. */
export function ChainPanel({ data, look }: { data: CockpitData; look: CockpitLook }) {
  const t = useTranslations("cockpit");
  const f = formatters(useLocale());
  const router = useRouter();
  const rows = [...data.byChain].reverse();
  const name = (r: (typeof rows)[number]) => r.name ?? t("noChain");
  const option = {
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: "item" as const,
      formatter: (p: unknown) => {
        const r = rows[(p as { dataIndex: number }).dataIndex]!;
        return t("chainTip", { chain: name(r), amount: f.wan(r.amountWan), n: r.value });
      },
    },
    xAxis: {
      type: "value" as const,
      ...axisStyle(look),
      axisLabel: { ...axisStyle(look).axisLabel, formatter: (v: number) => f.wan(String(v)) },
    },
    yAxis: { type: "category" as const, data: rows.map(name), ...axisStyle(look) },
    series: [
      {
        type: "bar" as const,
        data: rows.map((r) => Number(r.amountWan)),
        barMaxWidth: 22,
        itemStyle: { color: "#2563eb", borderRadius: [0, 3, 3, 0] },
      },
    ],
  };
  const lead = data.byChain[0];
  return (
    <Panel
      title={t("byChain", { year: data.year })}
      look={look}
      summary={
        lead ? (
          <p>
            {t("byChainSummary", { n: data.byChain.length })}{" "}
            <FigureLink drill={lead.drill}>
              {t("chainTip", { chain: name(lead), amount: f.wan(lead.amountWan), n: lead.value })}
            </FigureLink>
          </p>
        ) : (
          <p>{t("nothing")}</p>
        )
      }
    >
      {rows.length ? (
        <Chart
          option={option}
          theme={look === "screen" ? "dark" : undefined}
          label={t("byChain", { year: data.year })}
          className={look === "screen" ? "h-[300px]" : "h-72"}
          onItemClick={({ dataIndex }) => router.push(drillHref(rows[dataIndex]!.drill))}
        />
      ) : (
        <p className="py-10 text-center text-sm text-slate-500">{t("nothing")}</p>
      )}
    </Panel>
  );
}
