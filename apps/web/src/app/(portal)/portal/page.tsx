import { Card, CardBody, CardHeader, EmptyState } from "@crm/ui";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { formatters } from "~/components/format";
import { StageBadge } from "~/components/stage-badge";
import { portalApi } from "~/server/guard";

import { ApprovalProgress } from "./approval-progress";
import { StageProgress } from "./stage-progress";

export async function generateMetadata() {
  return { title: (await getTranslations("portal"))("myProjects") };
}

export default async function PortalHome() {
  const { api } = await portalApi();
  const [projects, requests] = await Promise.all([api.portal.projects(), api.portal.requests()]);
  const t = await getTranslations("portal");
  const f = formatters(await getLocale());
  const open = requests.filter((r) => r.status !== "resolved").length;
  const help = (
    <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg bg-brand-50 px-4 py-3 text-sm ring-1 ring-brand-100">
      <p className="text-slate-700">{open > 0 ? t("openRequests", { n: open }) : t("needHelp")}</p>
      <div className="flex gap-3">
        {requests.length > 0 ? (
          <Link href="/portal/requests" className="font-medium text-brand-700 hover:underline">
            {t("myRequests")}
          </Link>
        ) : null}
        <Link href="/portal/requests/new" className="font-medium text-brand-700 hover:underline">
          {t("raise")} →
        </Link>
      </div>
    </div>
  );
  if (projects.length === 0)
    return (
      <div className="space-y-5">
        {help}
        <EmptyState title={t("noProjects")} description={t("noProjectsHint")} />
      </div>
    );
  return (
    <div className="space-y-5">
      {help}
      {projects.map((p) => (
        <Card key={p.id}>
          <CardHeader title={p.name} action={<StageBadge stage={p.stage} />} />
          <CardBody className="space-y-5">
            <StageProgress project={p} />
            <section aria-labelledby={`approvals-${p.id}`}>
              <h3 id={`approvals-${p.id}`} className="mb-2 text-sm font-semibold text-slate-900">
                {t("approvals")}
              </h3>
              <ApprovalProgress items={p.approvals} />
            </section>
            <section className="rounded-md bg-slate-50 p-3 text-sm">
              <h3 className="font-semibold text-slate-900">{t("serviceContact")}</h3>
              {p.serviceContact ? (
                <p className="mt-1 text-slate-700">
                  {p.serviceContact.name}
                  {p.serviceContact.mobile ? (
                    <a className="ml-3 text-brand-700 underline" href={`tel:${p.serviceContact.mobile}`}>
                      {p.serviceContact.mobile}
                    </a>
                  ) : null}
                </p>
              ) : (
                <p className="mt-1 text-slate-500">{t("noContact")}</p>
              )}
            </section>
            <p className="text-xs text-slate-500">{t("signedOn", { date: f.date(p.signedOn) })}</p>
          </CardBody>
        </Card>
      ))}
    </div>
  );
}
