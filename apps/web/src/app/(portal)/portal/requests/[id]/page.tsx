import { Card, CardBody, CardHeader } from "@crm/ui";
import { getLocale, getTranslations } from "next-intl/server";

import { formatters } from "~/components/format";
import { AttachmentLinks } from "~/components/request/attachment-links";
import { RequestStatusBadge } from "~/components/request/request-status-badge";
import { portalApi, idParam, orNotFound } from "~/server/guard";

import { RateForm } from "./rate-form";

export async function generateMetadata() {
  return { title: (await getTranslations("portal"))("myRequests") };
}

/** One request as the enterprise follows it: what it asked, each unit's answer, and its rating. */
export default async function PortalRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const { api } = await portalApi();
  const r = await orNotFound(api.portal.request({ id: idParam((await params).id) }));
  const t = await getTranslations();
  const f = formatters(await getLocale());
  return (
    <div className="space-y-4">
      <Card>
        <CardHeader
          title={r.title}
          description={`${t(`requests.categories.${r.category}`)} · ${f.date(r.createdAt)}${r.project ? ` · ${r.project}` : ""}`}
          action={<RequestStatusBadge status={r.status} rated={r.rating !== null} />}
        />
        <CardBody className="space-y-3 text-sm">
          <p className="whitespace-pre-wrap text-slate-800">{r.description}</p>
          <AttachmentLinks files={r.attachments} />
          {r.status === "assigned" && r.department ? (
            <p className="text-xs text-slate-500">
              {t("portal.handledByDue", { dept: r.department, date: f.date(r.dueOn) })}
            </p>
          ) : null}
          {r.status === "submitted" ? <p className="text-xs text-slate-500">{t("portal.waitingRoute")}</p> : null}
        </CardBody>
      </Card>
      <Card>
        <CardHeader title={t("portal.thread")} />
        <CardBody>
          {r.entries.length === 0 ? <p className="text-sm text-slate-500">{t("portal.noAnswers")}</p> : null}
          <ol className="space-y-3">
            {r.entries.map((e) => (
              <li key={e.id} className="rounded-md bg-slate-50 px-3 py-2 text-sm">
                <p className="text-xs text-slate-500">
                  {e.kind === "rate" ? t("portal.you") : (e.unit ?? t("portal.you"))} · {t(`requests.entry.${e.kind}`)}{" "}
                  · {f.date(e.at)}
                </p>
                {e.kind === "route" ? (
                  <p className="mt-1 text-slate-700">{t("portal.routedTo", { dept: r.department ?? "" })}</p>
                ) : null}
                {e.body ? <p className="mt-1 whitespace-pre-wrap text-slate-800">{e.body}</p> : null}
              </li>
            ))}
          </ol>
        </CardBody>
      </Card>
      {r.status === "resolved" ? (
        <Card>
          <CardHeader title={t("portal.rateTitle")} />
          <CardBody>
            {r.rating === null ? (
              <RateForm id={r.id} version={r.version} />
            ) : (
              <p className="text-sm text-slate-700">{t("portal.rated", { n: r.rating })}</p>
            )}
          </CardBody>
        </Card>
      ) : null}
    </div>
  );
}
