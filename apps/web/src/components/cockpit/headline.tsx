"use client";

import { cn } from "@crm/ui";
import { useLocale, useTranslations } from "next-intl";

import { formatters } from "~/components/format";

import { FigureLink } from "./figure-link";
import type { CockpitData, CockpitLook } from "./types";

/** Progress against a target as a bar and a percentage; nothing when there is no target. */
function Progress({ done, target, look }: { done: number; target: number | null; look: CockpitLook }) {
  const t = useTranslations("cockpit");
  if (!target)
    return (
      <p className={cn("mt-2 text-xs", look === "screen" ? "text-slate-400" : "text-slate-500")}>{t("noTarget")}</p>
    );
  const share = done / target;
  return (
    <div className="mt-2">
      <div
        className={cn("h-1.5 overflow-hidden rounded-full", look === "screen" ? "bg-slate-700" : "bg-slate-100")}
        aria-hidden
      >
        <div
          data-testid="target-fill"
          className={cn("h-full rounded-full", share >= 1 ? "bg-emerald-500" : "bg-brand-500")}
          style={{ width: `${Math.min(100, share * 100)}%` }}
        />
      </div>
      <p className={cn("mt-1 text-xs", look === "screen" ? "text-slate-300" : "text-slate-500")}>
        {t("ofTarget", { share: Math.round(share * 1000) / 10 })}
      </p>
    </div>
  );
}

/** The five headline figures with their targets; each number opens its rows. */
export function Headline({ data, look }: { data: CockpitData; look: CockpitLook }) {
  const t = useTranslations("cockpit");
  const f = formatters(useLocale());
  const target = data.targets;
  const tile = cn(
    "rounded-lg p-4",
    look === "screen" ? "bg-slate-800/80 ring-1 ring-slate-700" : "bg-white shadow-sm ring-1 ring-slate-200",
  );
  const label = cn("text-sm", look === "screen" ? "text-slate-300" : "text-slate-500");
  const big = cn(
    "mt-1 block font-semibold tabular-nums",
    look === "screen" ? "text-4xl text-white" : "text-2xl text-slate-900",
  );
  const sub = cn("text-xs", look === "screen" ? "text-slate-400" : "text-slate-500");
  const targetLine = (v: string | number | null | undefined, fmt: (x: string | number) => string) =>
    v == null ? null : <span className={cn(sub, "block")}>{t("target", { v: fmt(v) })}</span>;
  const countOf = (x: string | number) => f.count(Number(x));
  return (
    <dl className={cn("grid gap-3", look === "screen" ? "grid-cols-5" : "grid-cols-2 lg:grid-cols-5")}>
      <div className={tile}>
        <dt className={label}>{t("signedAmount")}</dt>
        <dd>
          <FigureLink
            drill={data.signed.drill}
            className={big}
            label={t("signedAria", { amount: f.wan(data.signed.amountWan), n: data.signed.value })}
          >
            {f.wan(data.signed.amountWan)}
          </FigureLink>
          <FigureLink drill={data.signed.drill} className={cn(sub, "block")}>
            {t("signedCount", { n: f.count(data.signed.value) })}
          </FigureLink>
          {targetLine(target?.signedAmount, (x) => f.wan(String(x)))}
          <Progress
            done={Number(data.signed.amountWan)}
            target={target?.signedAmount ? Number(target.signedAmount) : null}
            look={look}
          />
        </dd>
      </div>
      <div className={tile}>
        <dt className={label}>{t("landed")}</dt>
        <dd>
          <FigureLink drill={data.landed.drill} className={big}>
            {f.count(data.landed.value)}
          </FigureLink>
          {targetLine(target?.landedProjects, countOf)}
          <Progress done={data.landed.value} target={target?.landedProjects ?? null} look={look} />
        </dd>
      </div>
      <div className={tile}>
        <dt className={label}>{t("fortune500")}</dt>
        <dd>
          <FigureLink drill={data.fortune500.drill} className={big}>
            {f.count(data.fortune500.value)}
          </FigureLink>
          {targetLine(target?.fortune500Projects, countOf)}
          <Progress done={data.fortune500.value} target={target?.fortune500Projects ?? null} look={look} />
        </dd>
      </div>
      <div className={tile}>
        <dt className={label}>{t("newAboveScale")}</dt>
        <dd>
          <FigureLink drill={data.newAboveScale.drill} className={big}>
            {f.count(data.newAboveScale.value)}
          </FigureLink>
          {targetLine(target?.newAboveScale, countOf)}
          <Progress done={data.newAboveScale.value} target={target?.newAboveScale ?? null} look={look} />
        </dd>
      </div>
      <div className={tile}>
        <dt className={label}>{t("funds")}</dt>
        <dd>
          <FigureLink drill={data.funds.drill} className={big}>
            {f.wan(data.funds.amountWan)}
          </FigureLink>
          <FigureLink drill={data.funds.drill} className={cn(sub, "block")}>
            {t("fundsProjects", { n: f.count(data.funds.value) })}
          </FigureLink>
        </dd>
      </div>
    </dl>
  );
}
