"use client";

import { cn } from "@crm/ui";
import { useLocale, useTranslations } from "next-intl";

import { formatters } from "~/components/format";

import { FigureLink } from "./figure-link";
import { Panel } from "./panel";
import type { CockpitData, CockpitLook } from "./types";

const rowClass = (look: CockpitLook) =>
  cn(
    "flex items-baseline justify-between gap-3 py-1.5",
    look === "screen" ? "text-base text-slate-100" : "text-sm text-slate-800",
  );

/** Overdue tasks by the unit that owes them, most first (as of today). */
export function OverdueTasks({ data, look }: { data: CockpitData; look: CockpitLook }) {
  const t = useTranslations("cockpit");
  const f = formatters(useLocale());
  const o = data.overdueTasks;
  return (
    <Panel
      title={t("overdueTasks")}
      look={look}
      summary={<p>{t("overdueSummary", { n: o.value, units: o.units.length })}</p>}
    >
      <p
        className={cn(
          "font-semibold tabular-nums",
          look === "screen" ? "text-3xl text-red-400" : "text-2xl text-red-700",
        )}
      >
        <FigureLink drill={o.drill}>{f.count(o.value)}</FigureLink>
      </p>
      {o.units.length === 0 ? <p className="mt-2 text-sm text-slate-500">{t("noneOverdue")}</p> : null}
      <ul className="mt-1 divide-y divide-slate-100/10">
        {o.units.slice(0, look === "screen" ? 6 : 10).map((u) => (
          <li key={u.unitId} className={rowClass(look)}>
            <span>{u.name}</span>
            <FigureLink drill={u.drill} className="tabular-nums">
              {t("tasksN", { n: u.value })}
            </FigureLink>
          </li>
        ))}
      </ul>
    </Panel>
  );
}

/** The median time each department took to decide this year's approvals. */
export function ApprovalTime({ data, look }: { data: CockpitData; look: CockpitLook }) {
  const t = useTranslations("cockpit");
  const rows = data.approvalTime;
  const slowest = rows[0];
  return (
    <Panel
      title={t("approvalTime", { year: data.year })}
      look={look}
      summary={
        <p>
          {slowest
            ? t("approvalSummary", { n: rows.length, dept: slowest.name, days: slowest.medianDays })
            : t("nothing")}
        </p>
      }
    >
      {rows.length === 0 ? <p className="text-sm text-slate-500">{t("nothing")}</p> : null}
      <ul className="divide-y divide-slate-100/10">
        {rows.slice(0, look === "screen" ? 6 : 12).map((r) => (
          <li key={r.departmentId} className={rowClass(look)}>
            <span>{r.name}</span>
            <span className="tabular-nums">
              {t("days", { n: r.medianDays })}
              <FigureLink drill={r.drill} className="ml-2 text-xs opacity-70">
                {t("itemsN", { n: r.value })}
              </FigureLink>
            </span>
          </li>
        ))}
      </ul>
    </Panel>
  );
}

/** Enterprise requests not yet resolved: waiting to be routed, with a department, escalated. */
export function Requests({ data, look }: { data: CockpitData; look: CockpitLook }) {
  const t = useTranslations("cockpit");
  const f = formatters(useLocale());
  const r = data.requests;
  return (
    <Panel
      title={t("requests")}
      look={look}
      summary={
        <p>
          {t("requestsSummary", {
            n: r.value,
            submitted: r.submitted.value,
            assigned: r.assigned.value,
            escalated: r.escalated.value,
          })}
        </p>
      }
    >
      <p
        className={cn(
          "font-semibold tabular-nums",
          look === "screen" ? "text-3xl text-amber-300" : "text-2xl text-amber-700",
        )}
      >
        <FigureLink drill={r.drill}>{f.count(r.value)}</FigureLink>
      </p>
      <ul className="mt-1 divide-y divide-slate-100/10">
        {(["submitted", "assigned", "escalated"] as const).map((k) => (
          <li key={k} className={rowClass(look)}>
            <span>{t(`requestStatus.${k}`)}</span>
            <FigureLink drill={r[k].drill} className="tabular-nums">
              {f.count(r[k].value)}
            </FigureLink>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
