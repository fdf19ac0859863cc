"use client";

import type { RouterOutputs } from "@crm/api";
import { Badge, Card, CardBody, Table, Td, Th } from "@crm/ui";
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useMemo } from "react";

type Chain = RouterOutputs["chain"]["list"][number];
const column = createColumnHelper<Chain>();

/** The chains as a table: tiers, strengths (word and count, never colour alone) and the gap loop. */
export function ChainList({ chains }: { chains: Chain[] }) {
  const t = useTranslations("chainMap");
  const withGap = chains.some((c) => c.gap);
  const columns = useMemo(
    () => [
      column.accessor("name", {
        header: () => t("chain"),
        cell: (c) => (
          <Link href={`/chains/${c.row.original.code}`} className="font-medium text-blue-700 hover:underline">
            {c.getValue()}
          </Link>
        ),
      }),
      column.display({
        id: "tiers",
        header: () => t("tiersHead"),
        cell: (c) => t("tiersCell", c.row.original.tiers),
      }),
      column.display({
        id: "strengths",
        header: () => t("strengthsHead"),
        cell: (c) => (
          <span className="flex flex-wrap gap-1">
            <Badge tone="green">{t("strongN", { n: c.row.original.strengths.strong })}</Badge>
            <Badge tone="amber">{t("weakN", { n: c.row.original.strengths.weak })}</Badge>
            <Badge tone="red">{t("missingN", { n: c.row.original.strengths.missing })}</Badge>
          </span>
        ),
      }),
      column.accessor("gapNodes", { header: () => t("gapNodes"), cell: (c) => c.getValue() }),
      ...(withGap
        ? [
            column.display({
              id: "gap",
              header: () => t("gapHead"),
              cell: (c) => {
                const g = c.row.original.gap;
                return g ? t("gapLine", { ...g }) : "—";
              },
            }),
          ]
        : []),
    ],
    [t, withGap],
  );
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table returns functions React Compiler cannot memoize; this component is not compiled.
  const table = useReactTable({ data: chains, columns, getCoreRowModel: getCoreRowModel() });
  return (
    <Card>
      <CardBody className="overflow-x-auto">
        <Table>
          <thead>
            {table.getHeaderGroups().map((g) => (
              <tr key={g.id}>
                {g.headers.map((h) => (
                  <Th key={h.id}>{flexRender(h.column.columnDef.header, h.getContext())}</Th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((r) => (
              <tr key={r.id} data-testid={`chain-${r.original.code}`}>
                {r.getVisibleCells().map((c) => (
                  <Td key={c.id}>{flexRender(c.column.columnDef.cell, c.getContext())}</Td>
                ))}
              </tr>
            ))}
          </tbody>
        </Table>
      </CardBody>
    </Card>
  );
}
