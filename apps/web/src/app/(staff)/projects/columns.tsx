"use client";

import type { RouterOutputs } from "@crm/api";
import type { ProjectSort } from "@crm/domain";
import { Badge } from "@crm/ui";
import { createColumnHelper, type RowData } from "@tanstack/react-table";
import Link from "next/link";

import type { formatters } from "~/components/format";
import { StageBadge } from "~/components/stage-badge";

declare module "@tanstack/react-table" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    sort?: ProjectSort;
    always?: boolean;
    numeric?: boolean;
  }
}

export type ProjectRow = RouterOutputs["project"]["list"]["items"][number];

const col = createColumnHelper<ProjectRow>();

/** Columns of the project list; `sort` names the server-side sort key where a column sorts. */
/** With `fundsShown` (a funds drill-down), the amount column is what each project posted in the chosen months. */
export function projectColumns(t: (key: string) => string, f: ReturnType<typeof formatters>, fundsShown = false) {
  return [
    col.accessor("name", {
      id: "name",
      header: t("projects.name"),
      meta: { sort: "name" satisfies ProjectSort, always: true },
      cell: (c) => (
        <Link href={`/projects/${c.row.original.id}`} className="font-medium text-slate-900 hover:text-brand-700">
          {c.getValue()}
        </Link>
      ),
    }),
    col.accessor("enterpriseName", {
      id: "enterprise",
      header: t("projects.enterprise"),
      cell: (c) => c.getValue() ?? t("projects.confidential"),
    }),
    col.accessor("zoneName", { id: "zone", header: t("projects.zone"), meta: { sort: "zone" satisfies ProjectSort } }),
    col.accessor("chainName", { id: "chain", header: t("projects.chain"), cell: (c) => c.getValue() ?? "—" }),
    col.accessor("stage", {
      id: "stage",
      header: t("projects.stage"),
      meta: { sort: "stage" satisfies ProjectSort },
      cell: (c) => <StageBadge stage={c.getValue()} />,
    }),
    col.accessor((r) => r.fundsWan ?? r.signedAmount ?? r.plannedAmount, {
      id: "amount",
      header: fundsShown ? t("projects.fundsInRange") : t("projects.amount"),
      meta: { sort: "amount" satisfies ProjectSort, numeric: true },
      cell: (c) => <span className="tabular-nums">{f.wan(c.getValue())}</span>,
    }),
    col.accessor("signedOn", {
      id: "signedOn",
      header: t("projects.signedOn"),
      meta: { sort: "signedOn" satisfies ProjectSort },
      cell: (c) => f.date(c.getValue()),
    }),
    col.accessor("registeredOn", {
      id: "registeredOn",
      header: t("projects.registeredOn"),
      cell: (c) => f.date(c.getValue()),
    }),
    col.accessor("creditCode", {
      id: "creditCode",
      header: t("projects.creditCode"),
      cell: (c) => <span className="font-mono text-xs">{c.getValue() ?? "—"}</span>,
    }),
    col.accessor("tags", {
      id: "tags",
      header: t("projects.tags"),
      cell: (c) => (
        <span className="flex gap-1">
          {c.getValue().map((tag) => (
            <Badge key={tag} tone="amber">
              {t(`projectTags.${tag}`)}
            </Badge>
          ))}
        </span>
      ),
    }),
    col.accessor("updatedAt", {
      id: "updatedAt",
      header: t("projects.updatedAt"),
      meta: { sort: "updatedAt" satisfies ProjectSort },
      cell: (c) => f.date(c.getValue()),
    }),
  ];
}

// eslint-disable-next-line no-restricted-syntax -- column ids: "enterprise" is the enterprise column, not a role
export const DEFAULT_COLUMNS = ["name", "enterprise", "zone", "stage", "amount", "signedOn"];
