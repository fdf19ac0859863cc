"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";

import { formatters } from "~/components/format";
import type { ListState } from "~/lib/project-list-params";
import { useTRPC } from "~/trpc/react";

/**
 * What the filter holds in all: how many projects and the total that matters for it (signed
 * amount for signings, funds for funds months, else 投资额). A cockpit figure equals this line.
 */
export function ListTotals({ state }: { state: ListState }) {
  const t = useTranslations("projects.totals");
  const f = formatters(useLocale());
  const trpc = useTRPC();
  const { sort: _s, dir: _d, ...filter } = state;
  const totals = useQuery(trpc.project.summary.queryOptions(filter));
  if (!totals.data) return <p className="h-5 text-sm text-slate-500">{totals.isError ? null : t("loading")}</p>;
  const d = totals.data;
  const [kind, amount] =
    state.fundsFrom || state.fundsTo
      ? (["funds", d.fundsWan] as const)
      : state.signedFrom || state.signedTo
        ? (["signed", d.signedWan] as const)
        : (["amount", d.amountWan] as const);
  return (
    <p className="text-sm font-medium text-slate-800" data-testid="project-totals">
      {t("line", { n: f.count(d.count), kind, amount: f.wan(amount) })}
    </p>
  );
}
