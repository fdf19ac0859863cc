import {
  can,
  PROSPECT_ORDERS,
  PROSPECT_STATUSES,
  PROSPECT_TAGS,
  ProspectListInput,
  Uuid,
  type ProspectOrder,
  type ProspectStatus,
  type ProspectTag,
} from "@crm/domain";
import { Card, EmptyState, PageHeader, Select } from "@crm/ui";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { staffApi } from "~/server/guard";

import { ProspectsTable } from "./prospects-table";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("prospects") };
}

type Search = Partial<Record<"chain" | "node" | "region" | "tag" | "status" | "order" | "q" | "page", string>>;

const PAGE = 50;
const oneOf = <T extends string>(list: readonly T[], v: string | undefined) =>
  (list as readonly string[]).includes(v ?? "") ? (v as T) : undefined;
const uuid = (v: string | undefined) => (Uuid.safeParse(v).success ? v : undefined);

/** 目标企业库: the ranked targets by chain, node and region, to plan trips and visits. */
export default async function ProspectsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { user, api } = await staffApi("prospect.read");
  const sp = await searchParams;
  const page = Math.max(0, Math.min(2000, Number.parseInt(sp.page ?? "0", 10) || 0));
  const filter = {
    chainId: uuid(sp.chain),
    nodeId: uuid(sp.node),
    region: sp.region?.slice(0, 40) || undefined,
    tag: oneOf<ProspectTag>(PROSPECT_TAGS, sp.tag),
    status: oneOf<ProspectStatus>(PROSPECT_STATUSES, sp.status) ?? "open",
    order: oneOf<ProspectOrder>(PROSPECT_ORDERS, sp.order) ?? "score",
    q: sp.q?.trim().slice(0, 60) || undefined,
  };
  const input = ProspectListInput.parse({ ...filter, limit: PAGE, offset: page * PAGE });
  const [list, options] = await Promise.all([api.prospect.list(input), api.prospect.options()]);
  const t = await getTranslations();
  const nodes = filter.chainId ? options.nodes.filter((n) => n.chainId === filter.chainId) : options.nodes;
  const chainName = new Map(options.chains.map((c) => [c.id, c.name]));
  const href = (p: number) => {
    const q = new URLSearchParams(
      Object.entries({ ...sp, page: String(p) }).filter((e): e is [string, string] => !!e[1]),
    );
    return `/prospects?${q}`;
  };
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("prospects.title")}
        description={t("prospects.hint")}
        actions={
          can(user.role, "prospect.write") ? (
            <Link
              href="/prospects/new"
              className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700"
            >
              {t("prospects.new")}
            </Link>
          ) : null
        }
      />
      <form
        method="get"
        className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap"
        aria-label={t("prospects.filters.apply")}
      >
        <Select name="chain" defaultValue={filter.chainId ?? ""} aria-label={t("prospects.filters.chain")} size="sm">
          <option value="">
            {t("prospects.filters.chain")}: {t("prospects.filters.all")}
          </option>
          {options.chains.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
        <Select name="node" defaultValue={filter.nodeId ?? ""} aria-label={t("prospects.filters.node")} size="sm">
          <option value="">
            {t("prospects.filters.node")}: {t("prospects.filters.all")}
          </option>
          {nodes.map((n) => (
            <option key={n.id} value={n.id}>
              {filter.chainId ? n.name : `${chainName.get(n.chainId)} · ${n.name}`}
            </option>
          ))}
        </Select>
        <Select name="region" defaultValue={filter.region ?? ""} aria-label={t("prospects.filters.region")} size="sm">
          <option value="">
            {t("prospects.filters.region")}: {t("prospects.filters.all")}
          </option>
          {options.regions.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </Select>
        <Select name="tag" defaultValue={filter.tag ?? ""} aria-label={t("prospects.filters.tag")} size="sm">
          <option value="">
            {t("prospects.filters.tag")}: {t("prospects.filters.all")}
          </option>
          {PROSPECT_TAGS.map((tag) => (
            <option key={tag} value={tag}>
              {t(`prospects.tags.${tag}`)}
            </option>
          ))}
        </Select>
        <Select name="status" defaultValue={filter.status} aria-label={t("prospects.filters.status")} size="sm">
          {PROSPECT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`prospects.statuses.${s}`)}
            </option>
          ))}
        </Select>
        <Select name="order" defaultValue={filter.order} aria-label={t("prospects.filters.order")} size="sm">
          {PROSPECT_ORDERS.map((o) => (
            <option key={o} value={o}>
              {t(`prospects.orders.${o}`)}
            </option>
          ))}
        </Select>
        <input
          name="q"
          defaultValue={filter.q}
          placeholder={t("prospects.filters.q")}
          aria-label={t("prospects.filters.q")}
          className="col-span-2 min-w-48 flex-1 rounded-md border-0 px-3 py-1.5 text-sm ring-1 ring-slate-300 ring-inset"
        />
        <button
          type="submit"
          className="col-span-2 rounded-md bg-white px-3 py-1.5 text-sm ring-1 ring-slate-300 ring-inset hover:bg-slate-50 sm:col-span-1"
        >
          {t("prospects.filters.apply")}
        </button>
      </form>
      <p className="text-sm text-slate-500" aria-live="polite">
        {t("prospects.count", { total: list.total })}
      </p>
      <Card className="overflow-x-auto">
        {list.items.length === 0 ? (
          <div className="p-5">
            <EmptyState title={t("prospects.empty")} />
          </div>
        ) : (
          <ProspectsTable rows={list.items} freshnessDays={list.freshnessDays} />
        )}
      </Card>
      {page > 0 || list.nextOffset !== null ? (
        <nav className="flex justify-between text-sm">
          {page > 0 ? (
            <Link href={href(page - 1)} className="text-brand-700 hover:underline">
              ← {t("prospects.prev")}
            </Link>
          ) : (
            <span />
          )}
          {list.nextOffset !== null ? (
            <Link href={href(page + 1)} className="text-brand-700 hover:underline">
              {t("prospects.more")} →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
