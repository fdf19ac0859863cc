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

/** 到位资金 month by month; a bar opens the projects that posted funds that month. */
export function FundsPanel({ data, look }: { data: CockpitData; look: CockpitLook }) {
  const t = useTranslations("cockpit");
  const f = formatters(useLocale());
  const router = useRouter();
  const months = data.fundsByMonth;
  const monthName = (m: string) => t("month", { m: Number(m.slice(5)) });
  const best = months.reduce((a, b) => (Number(b.amountWan) > Number(a.amountWan) ? b : a), months[0]!);
  const option = {
    grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
    tooltip: {
      trigger: "axis" as const,
      formatter: (p: unknown) => {
        const i = (p as { dataIndex: number }[])[0]!.dataIndex;
        return t("fundsTip", {
          month: monthName(months[i]!.month),
          amount: f.wan(months[i]!.amountWan),
          n: months[i]!.value,
        });
      },
    },
    xAxis: { type: "category" as const, data: months.map((m) => monthName(m.month)), ...axisStyle(look) },
    yAxis: {
      type: "value" as const,
      ...axisStyle(look),
      axisLabel: { ...axisStyle(look).axisLabel, formatter: (v: number) => f.wan(String(v)) },
    },
    series: [
      {
        type: "bar" as const,
        data: months.map((m) => Number(m.amountWan)),
        itemStyle: { color: "#0d9488", borderRadius: [3, 3, 0, 0] },
      },
    ],
  };
  return (
    <Panel
      title={t("fundsByMonth")}
      look={look}
      summary={
        <p>
          {t("fundsSummary", { amount: f.wan(data.funds.amountWan), n: data.funds.value })}{" "}
          {Number(best.amountWan) > 0 ? (
            <FigureLink drill={best.drill}>
              {t("fundsBest", { month: monthName(best.month), amount: f.wan(best.amountWan) })}
            </FigureLink>
          ) : null}
        </p>
      }
    >
      <Chart
        option={option}
        theme={look === "screen" ? "dark" : undefined}
        label={t("fundsByMonth")}
        className={look === "screen" ? "h-[250px]" : "h-64"}
        onItemClick={({ dataIndex }) => router.push(drillHref(months[dataIndex]!.drill))}
      />
    </Panel>
  );
}
