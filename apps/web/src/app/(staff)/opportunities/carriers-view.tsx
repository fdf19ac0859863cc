"use client";

import type { RouterOutputs } from "@crm/api";
import { CARRIER_KINDS, CARRIER_STATES, type CarrierKind, type CarrierState } from "@crm/domain";
import { Badge, Button, Card, cn, EmptyState, Input, ScrollRegion, Select, Skeleton } from "@crm/ui";
import { useInfiniteQuery } from "@tanstack/react-query";
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useState } from "react";

import { carrierNumber } from "~/components/carrier/carrier-format";
import { formatters } from "~/components/format";
import { carrierSearchParams, filterOf, type CarrierListState } from "~/lib/carrier-list-params";
import { useTRPC } from "~/trpc/react";

type Row = RouterOutputs["carrier"]["list"]["items"][number];

interface Props {
  state: CarrierListState;
  zones: { id: string; name: string }[];
  chains: { id: string; name: string }[];
  mayImport: boolean;
}

const helper = createColumnHelper<Row>();
const STATE_TONE = { available: "green", in_talks: "amber", taken: "gray" } as const;

/** The opportunity list: the filter lives in the URL; rows come a page at a time (by code). */
export function CarriersView({ state, zones, chains, mayImport }: Props) {
  const t = useTranslations("carriers");
  const locale = useLocale();
  const f = formatters(locale);
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const go = (next: CarrierListState) => router.replace(`${pathname}?${carrierSearchParams(next)}`, { scroll: false });
  const filter = filterOf(state);
  const query = useInfiniteQuery(
    trpc.carrier.list.infiniteQueryOptions(
      { ...filter, limit: 50 },
      { getNextPageParam: (last) => last.nextCursor ?? undefined },
    ),
  );
  const rows = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  const days = query.data?.pages[0]?.freshnessDays ?? 90;

  // A plant's or building's area says which figure is which: vacant of the total.
  const areaText = useCallback(
    (r: Row) =>
      r.areaMu
        ? t("units.mu", { n: carrierNumber(r.areaMu, locale) })
        : r.totalSqm
          ? t("areaVacantOfTotal", {
              vacant: carrierNumber(r.vacantSqm, locale),
              total: carrierNumber(r.totalSqm, locale),
            })
          : r.floorAreaSqm
            ? t("units.sqm", { n: carrierNumber(r.floorAreaSqm, locale) })
            : "—",
    [t, locale],
  );
  const priceText = useCallback(
    (r: Row) =>
      r.priceWanPerMu
        ? t("units.wanPerMu", { n: carrierNumber(r.priceWanPerMu, locale) })
        : r.rentYuanPerSqm
          ? t("units.yuanPerSqm", { n: carrierNumber(r.rentYuanPerSqm, locale) })
          : "—",
    [t, locale],
  );
  const columns = useMemo(
    () => [
      helper.accessor("code", {
        header: t("code"),
        cell: (c) => (
          <Link href={`/opportunities/${c.row.original.id}`} className="font-medium text-brand-700 hover:underline">
            {c.getValue()}
          </Link>
        ),
      }),
      helper.accessor("name", {
        header: t("name"),
        cell: (c) => <span className="block min-w-48 whitespace-normal">{c.getValue()}</span>,
      }),
      helper.accessor("kind", { header: t("kind"), cell: (c) => t(`kinds.${c.getValue()}`) }),
      helper.accessor("zoneName", { header: t("zone") }),
      helper.accessor("state", {
        header: t("state"),
        cell: (c) => <Badge tone={STATE_TONE[c.getValue()]}>{t(`states.${c.getValue()}`)}</Badge>,
      }),
      helper.display({
        id: "area",
        header: t("area"),
        cell: ({ row: { original: r } }) => areaText(r),
      }),
      helper.display({
        id: "price",
        header: t("price"),
        cell: ({ row: { original: r } }) => priceText(r),
      }),
      helper.accessor("ownerUnitName", { header: t("owner") }),
      helper.accessor("verifiedOn", {
        header: t("verifiedOn"),
        cell: (c) => (
          <span className={cn(c.row.original.stale && "font-medium text-amber-700")}>
            {f.date(c.getValue())}
            {c.row.original.stale ? <span className="ml-1">（{t("stale")}）</span> : null}
          </span>
        ),
      }),
    ],
    [t, f, areaText, priceText],
  );
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table returns functions React Compiler cannot memoize; this component is not compiled.
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel() });

  return (
    <div className="space-y-4">
      <FilterBar state={state} zones={zones} chains={chains} onChange={go} />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-500" aria-live="polite">
          {query.isPending ? t("loading") : t("shown", { n: rows.length, more: query.hasNextPage ? "more" : "all" })}
          {state.staleOnly ? ` · ${t("staleHint", { days })}` : null}
        </p>
        <div className="flex gap-2">
          {mayImport ? (
            <Link
              href="/import?kind=carriers"
              className="inline-flex items-center rounded-md bg-white px-2.5 py-1.5 text-sm font-medium text-slate-800 shadow-sm ring-1 ring-slate-300 ring-inset hover:bg-slate-50"
            >
              {t("import")}
            </Link>
          ) : null}
          <a
            href={`/api/carriers/export?${carrierSearchParams(filter)}`}
            className="inline-flex items-center rounded-md bg-white px-2.5 py-1.5 text-sm font-medium text-slate-800 shadow-sm ring-1 ring-slate-300 ring-inset hover:bg-slate-50"
          >
            {t("export")}
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
        ) : rows.length === 0 ? (
          <div className="p-5">
            <EmptyState title={t("empty")} description={t("emptyHint")} />
          </div>
        ) : (
          <>
            {/* A phone (below sm): one card per carrier, every field labelled, nothing squeezed or cut off. */}
            <ul className="divide-y divide-slate-100 sm:hidden" aria-label={t("title")}>
              {rows.map((r) => (
                <li key={r.id} className="space-y-1.5 p-4 text-sm">
                  <div className="flex items-start justify-between gap-3">
                    <div className="min-w-0">
                      <Link href={`/opportunities/${r.id}`} className="font-medium text-brand-700 hover:underline">
                        {r.code}
                      </Link>
                      <p className="break-words text-slate-900">{r.name}</p>
                    </div>
                    <Badge tone={STATE_TONE[r.state]} className="shrink-0">
                      {t(`states.${r.state}`)}
                    </Badge>
                  </div>
                  <p className="text-slate-600">
                    {t(`kinds.${r.kind}`)} · {r.zoneName}
                  </p>
                  <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-slate-700">
                    <dt className="text-slate-500">{t("area")}</dt>
                    <dd>{areaText(r)}</dd>
                    <dt className="text-slate-500">{t("price")}</dt>
                    <dd>{priceText(r)}</dd>
                    <dt className="text-slate-500">{t("owner")}</dt>
                    <dd>{r.ownerUnitName}</dd>
                    <dt className="text-slate-500">{t("verifiedOn")}</dt>
                    <dd className={cn(r.stale && "font-medium text-amber-700")}>
                      {f.date(r.verifiedOn)}
                      {r.stale ? <span className="ml-1">（{t("stale")}）</span> : null}
                    </dd>
                  </dl>
                </li>
              ))}
            </ul>
            <ScrollRegion label={t("title")} className="hidden sm:block">
              <table className="min-w-full divide-y divide-slate-200 text-sm" aria-label={t("title")}>
                <thead className="bg-slate-50">
                  {table.getHeaderGroups().map((g) => (
                    <tr key={g.id}>
                      {g.headers.map((h) => (
                        <th
                          key={h.id}
                          scope="col"
                          className="px-3 py-2 text-left font-medium whitespace-nowrap text-slate-600"
                        >
                          {flexRender(h.column.columnDef.header, h.getContext())}
                        </th>
                      ))}
                    </tr>
                  ))}
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {table.getRowModel().rows.map((r) => (
                    <tr key={r.id} className="hover:bg-slate-50">
                      {r.getVisibleCells().map((c) => (
                        <td key={c.id} className="px-3 py-2 whitespace-nowrap text-slate-800">
                          {flexRender(c.column.columnDef.cell, c.getContext())}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </>
        )}
      </Card>
      {query.hasNextPage ? (
        <Button variant="secondary" onClick={() => query.fetchNextPage()} disabled={query.isFetchingNextPage}>
          {t("loadMore")}
        </Button>
      ) : null}
    </div>
  );
}

const RANGES = [
  ["areaMuMin", "decimal"],
  ["areaMuMax", "decimal"],
  ["floorAreaMin", "decimal"],
  ["floorAreaMax", "decimal"],
  ["heightMin", "decimal"],
  ["loadMin", "decimal"],
  ["powerMin", "numeric"],
] as const;

function FilterBar({
  state,
  zones,
  chains,
  onChange,
}: {
  state: CarrierListState;
  zones: { id: string; name: string }[];
  chains: { id: string; name: string }[];
  onChange: (next: CarrierListState) => void;
}) {
  const t = useTranslations("carriers");
  const [q, setQ] = useState(state.q ?? "");
  useEffect(() => {
    if ((state.q ?? "") === q.trim()) return;
    const timer = setTimeout(() => onChange({ ...state, q: q.trim() || undefined }), 350);
    return () => clearTimeout(timer);
  }, [q, state, onChange]);
  const set = <K extends keyof CarrierListState>(key: K, value: CarrierListState[K] | undefined) =>
    onChange({ ...state, [key]: value });
  const any = Object.entries(filterOf(state)).some(([, v]) => v !== undefined && (!Array.isArray(v) || v.length));
  const [more, setMore] = useState(RANGES.some(([k]) => state[k] !== undefined));
  return (
    <div className="space-y-3 rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200 sm:p-4">
      <Input
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        placeholder={t("searchPlaceholder")}
        aria-label={t("search")}
      />
      <div className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap sm:items-end">
        <Select
          aria-label={t("kind")}
          size="sm"
          value={state.kinds?.[0] ?? ""}
          onChange={(e) => set("kinds", e.target.value ? [e.target.value as CarrierKind] : undefined)}
        >
          <option value="">{t("allKinds")}</option>
          {CARRIER_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </Select>
        <Select
          aria-label={t("zone")}
          size="sm"
          value={state.zoneId ?? ""}
          onChange={(e) => set("zoneId", e.target.value || undefined)}
        >
          <option value="">{t("allZones")}</option>
          {zones.map((z) => (
            <option key={z.id} value={z.id}>
              {z.name}
            </option>
          ))}
        </Select>
        <Select
          aria-label={t("state")}
          size="sm"
          value={state.states?.[0] ?? ""}
          onChange={(e) => set("states", e.target.value ? [e.target.value as CarrierState] : undefined)}
        >
          <option value="">{t("allStates")}</option>
          {CARRIER_STATES.map((s) => (
            <option key={s} value={s}>
              {t(`states.${s}`)}
            </option>
          ))}
        </Select>
        <Select
          aria-label={t("chain")}
          size="sm"
          value={state.chainId ?? ""}
          onChange={(e) => set("chainId", e.target.value || undefined)}
        >
          <option value="">{t("allChains")}</option>
          {chains.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
        <label className="col-span-2 inline-flex items-center gap-2 text-sm text-slate-700">
          <input
            type="checkbox"
            checked={!!state.staleOnly}
            onChange={(e) => set("staleOnly", e.target.checked || undefined)}
            className="rounded border-slate-300"
          />
          {t("staleOnly")}
        </label>
        <button
          type="button"
          className="text-sm text-brand-700 hover:underline"
          aria-expanded={more}
          onClick={() => setMore(!more)}
        >
          {t("more")}
        </button>
        {any ? (
          <button type="button" className="text-sm text-slate-600 hover:underline" onClick={() => onChange({})}>
            {t("clear")}
          </button>
        ) : null}
      </div>
      {more ? (
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          {RANGES.map(([key, mode]) => (
            <RangeInput
              key={key}
              label={t(key)}
              mode={mode}
              value={state[key] === undefined ? "" : String(state[key])}
              onCommit={(v) =>
                set(key, (v === "" ? undefined : key === "powerMin" ? Number(v) : v) as CarrierListState[typeof key])
              }
            />
          ))}
        </div>
      ) : null}
    </div>
  );
}

/** A number typed, applied when the field is left or Enter is pressed (not on every key). */
function RangeInput({
  label,
  mode,
  value,
  onCommit,
}: {
  label: string;
  mode: "decimal" | "numeric";
  value: string;
  onCommit: (v: string) => void;
}) {
  const [text, setText] = useState(value);
  const pattern = mode === "numeric" ? /^\d{0,7}$/ : /^\d{0,10}(\.\d{0,2})?$/;
  const commit = () => {
    const v = text.trim().replace(/\.$/, "");
    if (v !== value && pattern.test(v)) onCommit(v);
  };
  return (
    <label className="space-y-1 text-xs text-slate-600">
      <span>{label}</span>
      <Input
        inputMode={mode}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === "Enter" && commit()}
      />
    </label>
  );
}
