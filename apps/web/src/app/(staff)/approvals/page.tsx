import { APPROVAL_QUEUE_STATUSES as FILTERS, can, type ApprovalQueueStatus as Filter } from "@crm/domain";
import { Card, EmptyState, PageHeader } from "@crm/ui";
import { getTranslations } from "next-intl/server";

import { DrillNote } from "~/components/drill-note";
import { FilterTabs } from "~/components/filter-tabs";
import { dateParam, uuidParam, zoneAndChainParams } from "~/lib/drill-params";
import { staffApi } from "~/server/guard";

import { QueueItem } from "./queue-item";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("approvals") };
}

/** A department's approval queue: every item it holds, overdue first, updated in place. */
export default async function ApprovalQueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { user, api } = await staffApi("approval.read");
  const params = await searchParams;
  const raw = params.status;
  const status: Filter = FILTERS.includes(raw as Filter) ? (raw as Filter) : "open";
  // A cockpit figure opens the list narrowed to a department, a decision period, a zone or a chain.
  const narrow = {
    departmentId: uuidParam(params, "dept"),
    decidedFrom: dateParam(params, "dfrom"),
    decidedTo: dateParam(params, "dto"),
    ...zoneAndChainParams(params),
  };
  const items = await api.approval.queue({ status, ...narrow });
  const canUpdate = can(user.role, "approval.write");
  const t = await getTranslations();
  const overdue = items.filter((i) => i.overdue).length;
  return (
    <div className="space-y-4">
      <PageHeader title={t("nav.approvals")} description={t("approvals.queueHint")} />
      <FilterTabs
        label={t("requests.filter")}
        items={FILTERS.map((s) => ({
          href: s === "open" ? "/approvals" : `/approvals?status=${s}`,
          label: t(`approvals.filters.${s}`),
          current: s === status,
        }))}
      />
      <DrillNote
        api={api}
        zoneId={narrow.zoneId}
        chainId={narrow.chainId}
        unitId={narrow.departmentId}
        from={narrow.decidedFrom}
        to={narrow.decidedTo}
        clearHref={status === "open" ? "/approvals" : `/approvals?status=${status}`}
      />
      <p className="text-sm font-medium text-slate-800" data-testid="list-count">
        {t("drill.approvals", { n: items.length })}
      </p>
      {status === "open" && overdue > 0 ? (
        <p className="text-sm font-medium text-red-700">{t("approvals.overdueCount", { n: overdue })}</p>
      ) : null}
      {items.length === 0 ? (
        <EmptyState title={t("approvals.queueEmpty")} />
      ) : (
        <Card>
          <ul className="divide-y divide-slate-100">
            {items.map((a) => (
              <QueueItem key={a.id} item={a} canUpdate={canUpdate} />
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
