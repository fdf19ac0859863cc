import type { TaskPriority, TaskStatus, TaskSubject } from "@crm/domain";
import { EmptyState } from "@crm/ui";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";

import { formatters } from "~/components/format";

import { PriorityBadge, TaskStatusBadge } from "./task-badges";

export interface TaskRow {
  id: string;
  title: string;
  subject: TaskSubject;
  status: TaskStatus;
  priority: TaskPriority;
  dueOn: string;
  unitName: string;
  assignerName: string;
  projectName: string | null;
  overdue: boolean;
}

export function TaskList({ items, showUnit }: { items: TaskRow[]; showUnit?: boolean }) {
  const t = useTranslations("tasks");
  const f = formatters(useLocale());
  if (!items.length) return <EmptyState title={t("none")} />;
  return (
    <ul className="divide-y divide-slate-100">
      {items.map((task) => (
        <li key={task.id} className="py-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <Link href={`/work/${task.id}`} className="min-w-0 flex-1 font-medium text-slate-900 hover:text-brand-700">
              {task.subject === "instruction" ? (
                <span className="mr-1 text-brand-700">【{t("instruction")}】</span>
              ) : null}
              {task.title}
            </Link>
            <span className="flex items-center gap-1">
              <PriorityBadge priority={task.priority} />
              <TaskStatusBadge status={task.status} overdue={task.overdue} />
            </span>
          </div>
          <p className="mt-1 text-xs text-slate-500">
            {t("dueLine", { date: f.date(task.dueOn) })}
            {showUnit ? ` · ${task.unitName}` : ""} · {t("byLine", { name: task.assignerName })}
            {task.projectName ? ` · ${task.projectName}` : ""}
          </p>
        </li>
      ))}
    </ul>
  );
}
