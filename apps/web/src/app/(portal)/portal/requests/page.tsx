import { Card, EmptyState, PageHeader } from "@crm/ui";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { formatters } from "~/components/format";
import { RequestStatusBadge } from "~/components/request/request-status-badge";
import { portalApi } from "~/server/guard";

export async function generateMetadata() {
  return { title: (await getTranslations("portal"))("myRequests") };
}

/** The enterprise's requests, newest first, with who handles them and how they stand. */
export default async function PortalRequestsPage() {
  const { api } = await portalApi();
  const requests = await api.portal.requests();
  const t = await getTranslations();
  const f = formatters(await getLocale());
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("portal.myRequests")}
        actions={
          <Link
            href="/portal/requests/new"
            className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
          >
            {t("portal.raise")}
          </Link>
        }
      />
      {requests.length === 0 ? (
        <EmptyState title={t("portal.noRequests")} description={t("portal.noRequestsHint")} />
      ) : (
        <Card>
          <ul className="divide-y divide-slate-100">
            {requests.map((r) => (
              <li key={r.id}>
                <Link href={`/portal/requests/${r.id}`} className="block px-4 py-3 hover:bg-slate-50">
                  <div className="flex items-start justify-between gap-2">
                    <span className="font-medium text-slate-900">{r.title}</span>
                    <RequestStatusBadge status={r.status} rated={r.rating !== null} />
                  </div>
                  <p className="mt-1 text-xs text-slate-500">
                    {t(`requests.categories.${r.category}`)} · {f.date(r.createdAt)}
                    {" · "}
                    {r.status === "resolved"
                      ? t("portal.resolvedBy", { dept: r.department ?? "" })
                      : r.department
                        ? t("portal.handledBy", { dept: r.department })
                        : t("portal.waitingRoute")}
                  </p>
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
