"use client";

import { zoneYearDrills } from "@crm/domain";
import { cn } from "@crm/ui";
import { useLocale, useTranslations } from "next-intl";

import { formatters } from "~/components/format";

import { FigureLink } from "./figure-link";
import { Panel } from "./panel";
import type { CockpitData, CockpitLook } from "./types";

/** The zones ranked by their signing target reached; a zone user's own row is the only one that opens. */
export function Ranking({ data, look }: { data: CockpitData; look: CockpitLook }) {
  const t = useTranslations("cockpit");
  const f = formatters(useLocale());
  const head = cn("px-2 py-1.5 text-left font-medium", look === "screen" ? "text-slate-300" : "text-slate-500");
  const cell = "px-2 py-1.5 tabular-nums";
  const first = data.ranking[0];
  return (
    <Panel
      title={t("ranking")}
      look={look}
      summary={
        first ? (
          <p>
            {t("rankingSummary", {
              zone: first.name,
              share: first.completion === null ? "—" : `${Math.round(first.completion * 1000) / 10}%`,
            })}
          </p>
        ) : null
      }
    >
      <table className={cn("w-full text-sm", look === "screen" ? "text-base text-slate-100" : "text-slate-800")}>
        <thead>
          <tr>
            <th scope="col" className={head}>
              {t("rank")}
            </th>
            <th scope="col" className={head}>
              {t("zone")}
            </th>
            <th scope="col" className={cn(head, "text-right")}>
              {t("signedAmount")}
            </th>
            <th scope="col" className={cn(head, "text-right")}>
              {t("completion")}
            </th>
            <th scope="col" className={cn(head, "text-right")}>
              {t("landed")}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.ranking.map((r) => {
            const drills = r.drillable ? zoneYearDrills(data.frame, r.zoneId) : null;
            return (
              <tr
                key={r.zoneId}
                className={cn(r.zoneId === data.zoneId && (look === "screen" ? "bg-slate-700/60" : "bg-brand-50"))}
              >
                <td className={cell}>{r.rank}</td>
                <td className="px-2 py-1.5">{r.name}</td>
                <td className={cn(cell, "text-right")}>
                  <FigureLink
                    drill={drills?.signed ?? null}
                    label={t("signedAria", { amount: f.wan(r.signed.amountWan), n: r.signed.value })}
                  >
                    {f.wan(r.signed.amountWan)}
                  </FigureLink>
                  <span className={look === "screen" ? "text-slate-400" : "text-slate-500"}>
                    {" "}
                    · {t("projectsN", { n: r.signed.value })}
                  </span>
                </td>
                <td className={cn(cell, "text-right")}>
                  {r.completion === null ? "—" : `${Math.round(r.completion * 1000) / 10}%`}
                </td>
                <td className={cn(cell, "text-right")}>
                  <FigureLink drill={drills?.landed ?? null}>{f.count(r.landed.value)}</FigureLink>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Panel>
  );
}
