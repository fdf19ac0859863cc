import { can } from "@crm/domain";
import { Card, CardBody, CardHeader, EmptyState, PageHeader } from "@crm/ui";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { formatters } from "~/components/format";
import { StageBadge } from "~/components/stage-badge";
import { TaskStatusBadge } from "~/components/task/task-badges";
import { idParam, orNotFound, staffApi } from "~/server/guard";

import { MeetingEditor } from "./meeting-editor";

export default async function MeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const id = idParam((await params).id);
  const { user, api } = await staffApi("meeting.read");
  const meeting = await orNotFound(api.meeting.byId({ id }));
  const canWrite = can(user.role, "meeting.write");
  const units = canWrite ? await api.org.assignees() : [];
  const t = await getTranslations();
  const f = formatters(await getLocale());
  return (
    <div className="space-y-6">
      <PageHeader
        back={
          <Link href="/meetings" className="text-sm text-slate-500 hover:text-brand-700">
            ← {t("nav.meetings")}
          </Link>
        }
        title={meeting.title}
        description={
          <>
            {t(`meetings.kinds.${meeting.kind}`)} · {f.date(meeting.heldOn)} ·{" "}
            {t("meetings.chairLine", { name: meeting.chair?.name ?? "" })} ·{" "}
            {meeting.units.map((u) => u.name).join("、")}
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <CardHeader title={t("meetings.agenda")} />
            <CardBody>
              {meeting.agenda.length === 0 ? (
                <EmptyState title={t("meetings.noAgenda")} />
              ) : (
                <ol className="list-decimal space-y-1 pl-5 text-sm">
                  {meeting.agenda.map((a) => (
                    <li key={a.projectId}>
                      <Link href={`/projects/${a.projectId}`} className="hover:text-brand-700">
                        {a.name}
                      </Link>{" "}
                      <StageBadge stage={a.stage} />{" "}
                      {a.note ? <span className="text-slate-500">— {a.note}</span> : null}
                    </li>
                  ))}
                </ol>
              )}
            </CardBody>
          </Card>
          <Card>
            <CardHeader title={t("meetings.decisions")} description={t("meetings.decisionsHint")} />
            <CardBody>
              {meeting.decisions.length === 0 ? (
                <EmptyState title={t("meetings.noDecisions")} />
              ) : (
                <ul className="divide-y divide-slate-100">
                  {meeting.decisions.map((d) => (
                    <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                      <Link href={`/work/${d.id}`} className="hover:text-brand-700">
                        {d.title}
                      </Link>
                      <span className="flex items-center gap-2 text-xs text-slate-500">
                        {d.unit} · {t("tasks.dueLine", { date: f.date(d.dueOn) })}
                        <TaskStatusBadge status={d.status} overdue={d.overdue} />
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </CardBody>
          </Card>
        </div>
        <MeetingEditor
          meeting={{ id: meeting.id, version: meeting.version, minutes: meeting.minutes ?? "" }}
          units={units}
          agenda={meeting.agenda}
          canWrite={canWrite}
        />
      </div>
    </div>
  );
}
