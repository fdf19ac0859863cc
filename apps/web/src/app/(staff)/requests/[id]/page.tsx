import { Card, CardBody, CardHeader, ErrorAlert } from "@crm/ui";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { formatters } from "~/components/format";
import { AttachmentLinks } from "~/components/request/attachment-links";
import { RequestStatusBadge } from "~/components/request/request-status-badge";
import { idParam, orNotFound, staffApi } from "~/server/guard";

import { RespondForm } from "./respond-form";
import { RouteForm } from "./route-form";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("requests") };
}

/** One request for staff: the enterprise's words, the thread with names, routing and answering. */
export default async function RequestPage({ params }: { params: Promise<{ id: string }> }) {
  const id = idParam((await params).id);
  const { api } = await staffApi("request.read");
  const r = await orNotFound(api.request.byId({ id }));
  const departments = r.can.route ? (await api.org.assignees()).filter((u) => u.kind === "department") : [];
  const t = await getTranslations();
  const f = formatters(await getLocale());
  return (
    <div className="space-y-4">
      <Link href="/requests" className="text-sm text-slate-500 hover:text-brand-700">
        ← {t("nav.requests")}
      </Link>
      {r.overdue ? <ErrorAlert>{t("requests.lateAlert", { date: f.date(r.dueOn) })}</ErrorAlert> : null}
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <Card>
            <CardHeader
              title={r.title}
              description={`${r.enterprise} · ${t(`requests.categories.${r.category}`)} · ${t("requests.raisedBy", { name: r.raisedBy ?? "—", date: f.date(r.createdAt) })}`}
              action={<RequestStatusBadge status={r.status} rated={r.rating !== null} overdue={r.overdue} />}
            />
            <CardBody className="space-y-3 text-sm">
              {r.project ? (
                <p className="text-xs text-slate-500">{t("requests.aboutProject", { name: r.project })}</p>
              ) : null}
              <p className="whitespace-pre-wrap text-slate-800">{r.description}</p>
              <AttachmentLinks files={r.attachments} />
            </CardBody>
          </Card>
          <Card>
            <CardHeader title={t("requests.thread")} />
            <CardBody>
              {r.entries.length === 0 ? <p className="text-sm text-slate-500">{t("requests.noEntries")}</p> : null}
              <ol className="space-y-3">
                {r.entries.map((e) => (
                  <li
                    key={e.id}
                    className={`rounded-md px-3 py-2 text-sm ${e.kind === "escalate" ? "bg-red-50" : "bg-slate-50"}`}
                  >
                    <p className="text-xs text-slate-500">
                      {[e.unit, e.author].filter(Boolean).join(" · ") || t("requests.system")} ·{" "}
                      {t(`requests.entry.${e.kind}`)} · {f.date(e.at)}
                    </p>
                    {e.kind === "rate" ? <p className="mt-1 text-amber-600">{"★".repeat(r.rating ?? 0)}</p> : null}
                    {e.body ? <p className="mt-1 whitespace-pre-wrap text-slate-800">{e.body}</p> : null}
                  </li>
                ))}
              </ol>
            </CardBody>
          </Card>
        </div>
        <div className="space-y-4">
          <Card>
            <CardHeader title={t("requests.handling")} />
            <CardBody className="space-y-1 text-sm">
              <p>{t("requests.departmentIs", { dept: r.department ?? t("requests.notRouted") })}</p>
              {r.dueOn ? <p>{t("requests.dueIs", { date: f.date(r.dueOn), n: r.timeLimitDays ?? 0 })}</p> : null}
            </CardBody>
          </Card>
          {r.can.route ? (
            <Card>
              <CardHeader title={r.departmentId ? t("requests.reroute") : t("requests.route")} />
              <CardBody>
                <RouteForm id={r.id} version={r.version} departments={departments} current={r.departmentId} />
              </CardBody>
            </Card>
          ) : null}
          {r.can.respond ? (
            <Card>
              <CardHeader title={t("requests.answer")} description={t("requests.answerHint")} />
              <CardBody>
                <RespondForm id={r.id} version={r.version} />
              </CardBody>
            </Card>
          ) : null}
        </div>
      </div>
    </div>
  );
}
