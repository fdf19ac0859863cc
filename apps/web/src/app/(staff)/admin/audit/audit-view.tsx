"use client";

import type { AuditFilter } from "@crm/domain";
import { Badge, Button, Card, EmptyState, ScrollRegion, Skeleton } from "@crm/ui";
import { useInfiniteQuery } from "@tanstack/react-query";
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import { useLocale, useTranslations } from "next-intl";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";

import { useTRPC } from "~/trpc/react";
import { auditSearchParams } from "~/lib/audit-params";
import { atText } from "~/components/at-text";

import { AuditFilters } from "./audit-filters";
import { EntryDialog, type AuditItem } from "./entry-dialog";

const RESULT_TONE = { done: "green", refused: "amber", failed: "red" } as const;
const col = createColumnHelper<AuditItem>();

interface Props {
  filter: AuditFilter;
  options: {
    actions: string[];
    entities: string[];
    people: { id: string; name: string; username: string; disabled: boolean }[];
  };
}

/** The audit log, newest first, a page at a time (keyset); the filter lives in the URL; a row opens its values. */
export function AuditView({ filter, options }: Props) {
  const t = useTranslations();
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const [open, setOpen] = useState<AuditItem | null>(null);
  // Changes made faster than the URL updates build on each other, not on the filter last rendered.
  const latest = useRef(filter);
  useEffect(() => {
    latest.current = filter;
  }, [filter]);
  const go = (patch: Partial<AuditFilter> | null) => {
    latest.current = patch === null ? {} : { ...latest.current, ...patch };
    router.replace(`${pathname}?${auditSearchParams(latest.current)}`, { scroll: false });
  };
  const query = useInfiniteQuery(
    trpc.audit.list.infiniteQueryOptions(
      { ...filter, limit: 50 },
      { getNextPageParam: (last) => last.nextCursor ?? undefined },
    ),
  );
  const rows = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  const columns = useMemo(
    () => [
      col.accessor("at", {
        header: t("audit.at"),
        cell: (c) => (
          <button
            type="button"
            className="font-medium whitespace-nowrap text-brand-700 hover:underline"
            onClick={() => setOpen(c.row.original)}
            aria-haspopup="dialog"
          >
            {atText(c.getValue(), locale)}
          </button>
        ),
      }),
      col.accessor("actorName", {
        header: t("audit.person"),
        cell: (c) => {
          const r = c.row.original;
          if (!r.actorId) return <span className="text-slate-500">{t("audit.nobody")}</span>;
          return (
            <span title={r.actorId}>
              {r.actorName ?? <span className="font-mono text-xs">{r.actorId}</span>}
              {r.actorName === null ? <span className="ml-1 text-xs text-slate-500">({t("audit.gone")})</span> : null}
              {r.actorDisabled ? <span className="ml-1 text-xs text-slate-500">({t("audit.disabled")})</span> : null}
            </span>
          );
        },
      }),
      col.accessor("action", {
        header: t("audit.action"),
        cell: (c) => <code className="text-xs">{c.getValue()}</code>,
      }),
      col.accessor("entity", {
        header: t("audit.entity"),
        cell: (c) => <code className="text-xs">{c.getValue()}</code>,
      }),
      col.accessor("record", {
        header: t("audit.record"),
        cell: (c) => {
          const r = c.row.original;
          return (
            <span title={r.entityId ?? undefined}>
              {r.record ?? (r.entityId ? <span className="font-mono text-xs">{r.entityId}</span> : "—")}
              {r.recordExists === false ? (
                <span className="ml-1 text-xs text-slate-500">({t("audit.deleted")})</span>
              ) : null}
            </span>
          );
        },
      }),
      col.accessor("result", {
        header: t("audit.result"),
        cell: (c) => <Badge tone={RESULT_TONE[c.getValue()]}>{t(`audit.results.${c.getValue()}`)}</Badge>,
      }),
      col.accessor("ip", { header: t("audit.ip"), cell: (c) => c.getValue() ?? "—" }),
    ],
    [t, locale],
  );
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table returns functions React Compiler cannot memoize; this component is not compiled.
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel() });
  const exportHref = `/api/audit/export?${auditSearchParams(filter)}`;

  return (
    <div className="space-y-4">
      <AuditFilters filter={filter} options={options} onChange={go} />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-500" aria-live="polite">
          {query.isPending
            ? t("audit.loading")
            : t("audit.shown", { n: rows.length, more: query.hasNextPage ? "more" : "all" })}
        </p>
        <a
          href={exportHref}
          className="inline-flex items-center rounded-md bg-white px-2.5 py-1.5 text-sm font-medium text-slate-800 shadow-sm ring-1 ring-slate-300 ring-inset hover:bg-slate-50"
        >
          {t("audit.export")}
        </a>
      </div>
      <Card>
        {query.isPending ? (
          <div className="space-y-3 p-5">
            {Array.from({ length: 6 }, (_, i) => (
              <Skeleton key={i} className="h-5 w-full" />
            ))}
          </div>
        ) : query.isError ? (
          <div className="p-5">
            <EmptyState
              title={t("errors.unknown")}
              action={
                <Button variant="secondary" onClick={() => query.refetch()}>
                  {t("common.retry")}
                </Button>
              }
            />
          </div>
        ) : rows.length === 0 ? (
          <div className="p-5">
            <EmptyState title={t("audit.empty")} description={t("audit.emptyHint")} />
          </div>
        ) : (
          <ScrollRegion label={t("nav.audit")}>
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <thead className="bg-slate-50">
                {table.getHeaderGroups().map((group) => (
                  <tr key={group.id}>
                    {group.headers.map((header) => (
                      <th
                        key={header.id}
                        scope="col"
                        className="px-3 py-2 text-left font-medium whitespace-nowrap text-slate-600"
                      >
                        {flexRender(header.column.columnDef.header, header.getContext())}
                      </th>
                    ))}
                  </tr>
                ))}
              </thead>
              <tbody className="divide-y divide-slate-100">
                {table.getRowModel().rows.map((row) => (
                  <tr
                    key={row.id}
                    data-testid="audit-row"
                    className="cursor-pointer hover:bg-slate-50"
                    onClick={(e) => {
                      if (!(e.target as HTMLElement).closest("button")) setOpen(row.original);
                    }}
                  >
                    {row.getVisibleCells().map((cell) => (
                      <td key={cell.id} className="max-w-72 truncate px-3 py-2 text-slate-800">
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </Card>
      {query.hasNextPage ? (
        <div className="flex justify-center">
          <Button variant="secondary" onClick={() => query.fetchNextPage()} disabled={query.isFetchingNextPage}>
            {query.isFetchingNextPage ? t("audit.loading") : t("audit.loadMore")}
          </Button>
        </div>
      ) : null}
      <EntryDialog item={open} onClose={() => setOpen(null)} />
    </div>
  );
}
