import { Card, CardBody, CardHeader, PageHeader } from "@crm/ui";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { formatters } from "~/components/format";
import { PriorityBadge, TaskStatusBadge } from "~/components/task/task-badges";
import { idParam, orNotFound, staffApi } from "~/server/guard";

import { TaskActions } from "./task-actions";

export default async function TaskPage({ params }: { params: Promise<{ id: string }> }) {
  const id = idParam((await params).id);
  const { api } = await staffApi("home.read");
  const task = await orNotFound(api.task.byId({ id }));
  const t = await getTranslations();
  const f = formatters(await getLocale());
  return (
    <div className="space-y-6">
      <div>
        <PageHeader
          back={
            <Link href="/work" className="text-sm text-slate-500 hover:text-brand-700">
              ← {t("nav.work")}
            </Link>
          }
          title={
            <>
              {task.subject === "instruction" ? (
                <span className="mr-1 text-brand-700">【{t("tasks.instruction")}】</span>
              ) : null}
              {task.title}
            </>
          }
          badges={
            <>
              <PriorityBadge priority={task.priority} />
              <TaskStatusBadge status={task.status} overdue={task.overdue} />
            </>
          }
          description={
            <>
              {t("tasks.meta", {
                unit: task.unitName,
                by: task.assigner?.name ?? "",
                assigned: f.date(task.assignedOn),
                due: f.date(task.dueOn),
              })}
              {task.rating ? ` · ${t("tasks.ratingLine", { n: task.rating })}` : ""}
            </>
          }
        />
        {task.project ? (
          <Link
            href={`/projects/${task.project.id}`}
            className="mt-1 inline-block text-sm text-brand-700 hover:underline"
          >
            {task.project.name}
          </Link>
        ) : null}
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader title={t("tasks.loop")} />
          <CardBody>
            {task.detail ? <p className="mb-4 text-sm whitespace-pre-wrap text-slate-700">{task.detail}</p> : null}
            <ol className="space-y-3">
              {task.replies.map((r) => (
                <li key={r.id} className="rounded-md bg-slate-50 p-3 text-sm">
                  <p className="text-xs text-slate-500">
                    {t(`tasks.replyKind.${r.kind}`)} · {r.author} · {f.date(r.at)}
                  </p>
                  {r.body ? (
                    <p className="mt-1 whitespace-pre-wrap text-slate-800">
                      {r.kind === "rate" ? t("tasks.ratingLine", { n: Number(r.body) }) : r.body}
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
          </CardBody>
        </Card>
        <TaskActions task={{ id: task.id, version: task.version, rating: task.rating }} can={task.canAct} />
      </div>
    </div>
  );
}
