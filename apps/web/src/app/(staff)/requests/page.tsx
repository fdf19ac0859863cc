import { can, REQUEST_LIST_STATUSES as FILTERS, type RequestListStatus as Filter } from "@crm/domain";
import { Card, EmptyState, Table, Td, Th, PageHeader } from "@crm/ui";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { DrillNote } from "~/components/drill-note";
import { FilterTabs } from "~/components/filter-tabs";
import { zoneAndChainParams } from "~/lib/drill-params";
import { formatters } from "~/components/format";
import { RequestStatusBadge } from "~/components/request/request-status-badge";
import { staffApi } from "~/server/guard";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("requests") };
}

/** Enterprise requests: the bureau routes new ones; a department sees those routed to it. Late first. */
export default async function RequestsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { user, api } = await staffApi("request.read");
  const params = await searchParams;
  const raw = params.status;
  const status: Filter = FILTERS.includes(raw as Filter) ? (raw as Filter) : "all";
  const narrow = zoneAndChainParams(params);
  const rows = await api.request.list({ status, ...narrow });
  const t = await getTranslations();
  const f = formatters(await getLocale());
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("nav.requests")}
        description={
          can(user.role, "request.route")
            ? t("requests.hintBureau")
            : can(user.role, "request.handle")
              ? t("requests.hintDept")
              : t("requests.hintRead")
        }
      />
      <FilterTabs
        label={t("requests.filter")}
        items={FILTERS.map((s) => ({
          href: s === "all" ? "/requests" : `/requests?status=${s}`,
          label: t(`requests.filters.${s}`),
          current: s === status,
        }))}
      />
      <DrillNote
        api={api}
        zoneId={narrow.zoneId}
        chainId={narrow.chainId}
        clearHref={status === "all" ? "/requests" : `/requests?status=${status}`}
      />
      <p className="text-sm font-medium text-slate-800" data-testid="list-count">
        {t("drill.requests", { n: rows.length })}
      </p>
      {rows.length === 0 ? (
        <EmptyState title={t("requests.none")} />
      ) : (
        <Card>
          <Table>
            <thead className="bg-slate-50">
              <tr>
                <Th>{t("requests.title")}</Th>
                <Th className="hidden md:table-cell">{t("requests.enterprise")}</Th>
                <Th className="hidden sm:table-cell">{t("requests.department")}</Th>
                <Th className="hidden lg:table-cell">{t("requests.dueOn")}</Th>
                <Th>{t("requests.statusLabel")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.id}>
                  <Td>
                    <Link href={`/requests/${r.id}`} className="font-medium text-brand-700 hover:underline">
                      {r.title}
                    </Link>
                    <p className="text-xs text-slate-500">
                      {t(`requests.categories.${r.category}`)} · {f.date(r.createdAt)}
                    </p>
                  </Td>
                  <Td className="hidden max-w-56 truncate md:table-cell">{r.enterprise}</Td>
                  <Td className="hidden sm:table-cell">{r.department ?? "—"}</Td>
                  <Td className="hidden tabular-nums lg:table-cell">{f.date(r.dueOn)}</Td>
                  <Td>
                    <div className="flex flex-wrap gap-1">
                      <RequestStatusBadge status={r.status} rated={r.rating !== null} overdue={r.overdue} />
                      {r.escalatedAt && r.status === "assigned" ? (
                        <span className="text-xs text-red-700">{t("requests.escalated")}</span>
                      ) : null}
                    </div>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
      )}
    </div>
  );
}
