import type { RequestStatus, TaskStatus, TaskSubject } from "@crm/domain";
import { Badge, Card, CardBody, CardHeader, EmptyState } from "@crm/ui";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";

import { formatters } from "~/components/format";
import { TaskStatusBadge } from "~/components/task/task-badges";

interface Work {
  tasks: {
    id: string;
    title: string;
    subject: TaskSubject;
    status: TaskStatus;
    dueOn: string;
    unit: string;
    overdue: boolean;
  }[];
  requests: {
    id: string;
    title: string;
    status: RequestStatus;
    dueOn: string | null;
    department: string | null;
    escalated: boolean;
    overdue: boolean;
  }[];
}

/** What is being done for the project: its tasks (督办) and its enterprise's requests (诉求), open ones first. */
export function WorkCard({ work }: { work: Work }) {
  const t = useTranslations();
  const f = formatters(useLocale());
  return (
    <Card>
      <CardHeader title={t("projects.workTitle")} description={t("projects.workHint")} />
      <CardBody className="space-y-4">
        <section aria-labelledby="project-tasks">
          <h3 id="project-tasks" className="text-sm font-semibold text-slate-700">
            {t("projects.tasks", { n: work.tasks.length })}
          </h3>
          {work.tasks.length === 0 ? (
            <EmptyState title={t("projects.noTasks")} />
          ) : (
            <ul className="divide-y divide-slate-100">
              {work.tasks.map((task) => (
                <li key={task.id} className="flex flex-wrap items-center gap-2 py-2 text-sm">
                  <Link href={`/work/${task.id}`} className="min-w-0 flex-1 text-slate-900 hover:text-brand-700">
                    {task.subject === "instruction" ? (
                      <span className="mr-1 text-brand-700">【{t("tasks.instruction")}】</span>
                    ) : null}
                    {task.title}
                  </Link>
                  <span className="text-xs text-slate-600">
                    {task.unit} · {t("todo.dueLine", { date: f.date(task.dueOn) })}
                  </span>
                  <TaskStatusBadge status={task.status} overdue={task.overdue} />
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="project-requests">
          <h3 id="project-requests" className="text-sm font-semibold text-slate-700">
            {t("projects.requests", { n: work.requests.length })}
          </h3>
          {work.requests.length === 0 ? (
            <EmptyState title={t("projects.noRequests")} />
          ) : (
            <ul className="divide-y divide-slate-100">
              {work.requests.map((r) => (
                <li key={r.id} className="flex flex-wrap items-center gap-2 py-2 text-sm">
                  <Link href={`/requests/${r.id}`} className="min-w-0 flex-1 text-slate-900 hover:text-brand-700">
                    {r.title}
                  </Link>
                  <span className="text-xs text-slate-600">
                    {r.department ?? t("requests.notRouted")}
                    {r.dueOn ? ` · ${t("todo.dueLine", { date: f.date(r.dueOn) })}` : ""}
                  </span>
                  <Badge tone={r.status === "resolved" ? "green" : r.overdue ? "red" : "blue"}>
                    {r.overdue ? t("todo.overdue") : t(`requests.status.${r.status}`)}
                  </Badge>
                  {r.escalated ? <Badge tone="red">{t("todo.escalated")}</Badge> : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      </CardBody>
    </Card>
  );
}
