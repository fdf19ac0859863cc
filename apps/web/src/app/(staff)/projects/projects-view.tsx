"use client";

import { Button, Card, EmptyState, Skeleton, cn } from "@crm/ui";
import { useInfiniteQuery, useMutation } from "@tanstack/react-query";
import { flexRender, getCoreRowModel, useReactTable, type VisibilityState } from "@tanstack/react-table";
import { useLocale, useTranslations } from "next-intl";
import { usePathname, useRouter } from "next/navigation";
import { useMemo, useState } from "react";

import { formatters } from "~/components/format";
import { useTRPC } from "~/trpc/react";
import { type ListState, toSearchParams } from "~/lib/project-list-params";

import { ColumnMenu } from "./column-menu";
import { DEFAULT_COLUMNS, projectColumns } from "./columns";
import { DrillChips } from "./drill-chips";
import { FilterBar } from "./filter-bar";
import { ListTotals } from "./list-totals";

interface Props {
  state: ListState;
  zones: { id: string; name: string }[];
  chains: { id: string; name: string }[];
  savedColumns: string[] | null;
}

/** The project list: the filter and sort live in the URL; rows come a page at a time (keyset). */
export function ProjectsView({ state, zones, chains, savedColumns }: Props) {
  const t = useTranslations();
  const f = formatters(useLocale());
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const fundsShown = !!(state.fundsFrom || state.fundsTo);
  const columns = useMemo(() => projectColumns((k) => t(k as "projects.name"), f, fundsShown), [t, f, fundsShown]);
  const [visible, setVisible] = useState<string[]>(savedColumns ?? DEFAULT_COLUMNS);
  const saveColumns = useMutation(trpc.preference.set.mutationOptions());
  const go = (next: ListState) => router.replace(`${pathname}?${toSearchParams(next)}`, { scroll: false });

  const query = useInfiniteQuery(
    trpc.project.list.infiniteQueryOptions(
      { ...state, limit: 50 },
      { getNextPageParam: (last) => last.nextCursor ?? undefined },
    ),
  );
  const rows = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  const visibility: VisibilityState = Object.fromEntries(
    columns.map((c) => [c.id!, visible.includes(c.id!) || !!c.meta?.always]),
  );
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table returns functions React Compiler cannot memoize; this component is not compiled.
  const table = useReactTable({
    data: rows,
    columns,
    state: { columnVisibility: visibility },
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
  });

  const exportHref = `/api/projects/export?${toSearchParams(state)}`;
  return (
    <div className="space-y-4">
      <FilterBar state={state} zones={zones} chains={chains} onChange={go} />
      <DrillChips state={state} onChange={go} />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div aria-live="polite">
          <ListTotals state={state} />
          <p className="text-sm text-slate-500">
            {query.isPending
              ? t("projects.loading")
              : t("projects.shown", { n: rows.length, more: query.hasNextPage ? "more" : "all" })}
          </p>
        </div>
        <div className="flex gap-2">
          <ColumnMenu
            columns={columns.filter((c) => !c.meta?.always).map((c) => ({ id: c.id!, label: String(c.header) }))}
            visible={visible}
            onChange={(next) => {
              setVisible(next);
              saveColumns.mutate({ key: "projects.columns", value: next });
            }}
          />
          <a
            href={exportHref}
            className="inline-flex items-center rounded-md bg-white px-2.5 py-1.5 text-sm font-medium text-slate-800 shadow-sm ring-1 ring-slate-300 ring-inset hover:bg-slate-50"
          >
            {t("projects.export")}
          </a>
        </div>
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
            <EmptyState title={t("projects.empty")} description={t("projects.emptyHint")} />
          </div>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <thead className="bg-slate-50">
                {table.getHeaderGroups().map((group) => (
                  <tr key={group.id}>
                    {group.headers.map((header) => {
                      const sort = header.column.columnDef.meta?.sort;
                      const active = sort && state.sort === sort;
                      return (
                        <th
                          key={header.id}
                          scope="col"
                          aria-sort={active ? (state.dir === "asc" ? "ascending" : "descending") : undefined}
                          className={cn(
                            "px-3 py-2 text-left font-medium whitespace-nowrap text-slate-600",
                            header.column.columnDef.meta?.numeric && "text-right",
                          )}
                        >
                          {sort ? (
                            <button
                              type="button"
                              className="inline-flex items-center gap-1 hover:text-slate-900"
                              onClick={() =>
                                go({ ...state, sort, dir: active && state.dir === "desc" ? "asc" : "desc" })
                              }
                            >
                              {flexRender(header.column.columnDef.header, header.getContext())}
                              <span aria-hidden className={active ? "text-brand-700" : "text-slate-300"}>
                                {active && state.dir === "asc" ? "▲" : "▼"}
                              </span>
                            </button>
                          ) : (
                            flexRender(header.column.columnDef.header, header.getContext())
                          )}
                        </th>
                      );
                    })}
                  </tr>
                ))}
              </thead>
              <tbody className="divide-y divide-slate-100">
                {table.getRowModel().rows.map((row) => (
                  <tr key={row.id} className="hover:bg-slate-50">
                    {row.getVisibleCells().map((cell) => (
                      <td
                        key={cell.id}
                        className={cn(
                          "max-w-72 truncate px-3 py-2 text-slate-800",
                          cell.column.columnDef.meta?.numeric && "text-right",
                        )}
                      >
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      {query.hasNextPage ? (
        <div className="flex justify-center">
          <Button variant="secondary" onClick={() => query.fetchNextPage()} disabled={query.isFetchingNextPage}>
            {query.isFetchingNextPage ? t("projects.loading") : t("projects.loadMore")}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
