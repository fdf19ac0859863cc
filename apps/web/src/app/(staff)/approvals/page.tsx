import { Card, EmptyState } from "@crm/ui";
import { getTranslations } from "next-intl/server";

import { FilterTabs } from "~/components/filter-tabs";
import { staffApi } from "~/server/guard";

import { QueueItem } from "./queue-item";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("approvals") };
}

const FILTERS = ["open", "overdue", "done"] as const;
type Filter = (typeof FILTERS)[number];

/** A department's approval queue: every item it holds, overdue first, updated in place. */
export default async function ApprovalQueuePage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const { api } = await staffApi("approval.write");
  const raw = (await searchParams).status;
  const status: Filter = FILTERS.includes(raw as Filter) ? (raw as Filter) : "open";
  const items = await api.approval.queue({ status });
  const t = await getTranslations();
  const overdue = items.filter((i) => i.overdue).length;
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-xl font-semibold text-slate-900">{t("nav.approvals")}</h1>
        <p className="mt-1 text-sm text-slate-500">{t("approvals.queueHint")}</p>
      </div>
      <FilterTabs label={t("requests.filter")} items={FILTERS.map((s) => ({ href: s === "open" ? "/approvals" : `/approvals?status=${s}`, label: t(`approvals.filters.${s}`), current: s === status }))} />
      {status === "open" && overdue > 0 ? <p className="text-sm font-medium text-red-700">{t("approvals.overdueCount", { n: overdue })}</p> : null}
      {items.length === 0 ? (
        <EmptyState title={t("approvals.queueEmpty")} />
      ) : (
        <Card>
          <ul className="divide-y divide-slate-100">
            {items.map((a) => (
              <QueueItem key={a.id} item={a} />
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
