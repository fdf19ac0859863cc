"use client";

import type { RouterOutputs } from "@crm/api";
import { Badge, Table, Td, Th } from "@crm/ui";
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useMemo } from "react";

import { formatters } from "~/components/format";

import { ScoreBreakdown } from "./score-breakdown";
import { StrengthBadge } from "./strength-badge";

type Row = RouterOutputs["prospect"]["list"]["items"][number];
const col = createColumnHelper<Row>();

/** Narrow screens keep rank, name and score; the rest appear as the width allows. */
const CELL_CLASSES: Record<string, string> = {
  rank: "w-12 tabular-nums",
  chain: "hidden md:table-cell",
  region: "hidden lg:table-cell",
  facts: "hidden sm:table-cell",
  owner: "hidden lg:table-cell",
};

/** The ranked targets: rank, name, chain and node with its strength, HQ, size, tags, the score's parts. */
export function ProspectsTable({ rows, freshnessDays }: { rows: Row[]; freshnessDays: number }) {
  const t = useTranslations("prospects");
  const f = formatters(useLocale());
  const columns = useMemo(
    () => [
      col.accessor("rank", { header: t("columns.rank") }),
      col.accessor("name", {
        header: t("columns.name"),
        cell: (c) => (
          <span className="flex flex-col gap-1">
            <Link href={`/prospects/${c.row.original.id}`} className="font-medium hover:text-brand-700">
              {c.getValue()}
            </Link>
            <span className="flex flex-wrap gap-1 md:hidden">
              <StrengthBadge strength={c.row.original.strength} />
              {c.row.original.nodeName ? (
                <span className="text-xs text-slate-500">{c.row.original.nodeName}</span>
              ) : null}
            </span>
          </span>
        ),
      }),
      col.display({
        id: "chain",
        header: t("columns.chain"),
        cell: (c) => (
          <span className="flex flex-col gap-1">
            <span>{c.row.original.chainName}</span>
            <span className="flex items-center gap-1 text-xs text-slate-500">
              {c.row.original.nodeName ?? "—"} <StrengthBadge strength={c.row.original.strength} />
            </span>
          </span>
        ),
      }),
      col.display({
        id: "region",
        header: t("columns.region"),
        cell: (c) => [c.row.original.hqRegion, c.row.original.hqCity].filter(Boolean).join(" · ") || "—",
      }),
      col.display({
        id: "facts",
        header: t("columns.tags"),
        cell: (c) => (
          <span className="flex flex-wrap gap-1">
            <Badge>{t(`sizes.${c.row.original.sizeBand}`)}</Badge>
            {c.row.original.tags.map((tag) => (
              <Badge key={tag} tone="blue">
                {t(`tags.${tag}`)}
              </Badge>
            ))}
          </span>
        ),
      }),
      col.accessor("score", {
        header: t("columns.score"),
        cell: (c) => <ScoreBreakdown score={c.getValue()} />,
      }),
      col.display({
        id: "owner",
        header: t("columns.owner"),
        cell: (c) => (
          <span className="flex flex-col gap-1">
            <span>{c.row.original.ownerName}</span>
            <span className="text-xs text-slate-500">
              {f.date(c.row.original.verifiedOn)}
              {c.row.original.stale ? (
                <Badge tone="amber" className="ml-1">
                  {t("stale", { days: freshnessDays })}
                </Badge>
              ) : null}
            </span>
          </span>
        ),
      }),
    ],
    [t, f, freshnessDays],
  );
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table returns functions React Compiler cannot memoize; this component is not compiled.
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel() });
  const cls = (id: string) => CELL_CLASSES[id];
  return (
    <Table>
      <thead className="bg-slate-50">
        {table.getHeaderGroups().map((g) => (
          <tr key={g.id}>
            {g.headers.map((h) => (
              <Th key={h.id} className={cls(h.column.id)}>
                {flexRender(h.column.columnDef.header, h.getContext())}
              </Th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody className="divide-y divide-slate-100">
        {table.getRowModel().rows.map((r) => (
          <tr key={r.id} className="hover:bg-slate-50" data-testid="prospect-row">
            {r.getVisibleCells().map((c) => (
              <Td key={c.id} className={cls(c.column.id)}>
                {flexRender(c.column.columnDef.cell, c.getContext())}
              </Td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
