import type { RouterOutputs } from "@crm/api";
import type { TodoKind } from "@crm/domain";
import { Badge, EmptyState, type BadgeTone } from "@crm/ui";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";

import { formatters } from "~/components/format";

/** One line of the to-do, as `todo.list` gives it. */
export type TodoRow = RouterOutputs["todo"]["list"]["items"][number];

const KIND_TONE: Record<TodoKind, BadgeTone> = {
  task: "blue",
  review: "violet",
  waiting: "gray",
  lead: "green",
  leadRouting: "amber",
  request: "blue",
  requestRouting: "amber",
  approval: "violet",
  dispatch: "green",
  overdue: "red",
};

/** Days from `from` to `to` (both YYYY-MM-DD). */
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The to-do (待办): one line per item, what it is, whom it concerns, when it is due; overdue ones say by how much. */
export function TodoList({ items, today, emptyTitle }: { items: TodoRow[]; today: string; emptyTitle?: string }) {
  const t = useTranslations("todo");
  const f = formatters(useLocale());
  if (!items.length) return <EmptyState title={emptyTitle ?? t("none")} description={t("noneHint")} />;
  return (
    <ul className="divide-y divide-slate-100">
      {items.map((i) => (
        <li key={i.key} className="py-3" data-todo-kind={i.kind}>
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={KIND_TONE[i.kind]}>{t(`kind.${i.kind}`)}</Badge>
            <Link href={i.link} className="min-w-0 flex-1 font-medium text-slate-900 hover:text-brand-700">
              {i.subject === "instruction" ? <span className="mr-1 text-brand-700">【{t("instruction")}】</span> : null}
              {i.kind === "dispatch" ? t("dispatchTitle", { month: i.title }) : i.title}
            </Link>
            {i.escalated ? <Badge tone="red">{t("escalated")}</Badge> : null}
            {i.overdue && i.dueOn ? (
              <Badge tone="red">{t("overdueBy", { days: daysBetween(i.dueOn, today) })}</Badge>
            ) : null}
          </div>
          <p className="mt-1 flex flex-wrap gap-x-2 text-xs text-slate-600">
            {i.about ? <span>{i.about}</span> : null}
            {i.unit ? <span>{t("unitLine", { unit: i.unit })}</span> : null}
            {i.dueOn ? (
              <span className={i.overdue ? "font-medium text-red-700" : undefined}>
                {t("dueLine", { date: f.date(i.dueOn) })}
              </span>
            ) : i.since ? (
              <span>{t("sinceLine", { date: f.date(i.since) })}</span>
            ) : null}
          </p>
          {i.progress ? (
            <div className="mt-2 flex items-center gap-2 text-xs text-slate-600">
              <div
                role="progressbar"
                aria-label={t("dispatchProgress")}
                aria-valuemin={0}
                aria-valuemax={i.progress.total}
                aria-valuenow={i.progress.done}
                className="h-2 w-40 overflow-hidden rounded-full bg-slate-200"
              >
                <div
                  className="h-full rounded-full bg-green-600"
                  style={{ width: `${Math.round((100 * i.progress.done) / i.progress.total)}%` }}
                />
              </div>
              <span>{t("dispatchLine", { done: i.progress.done, total: i.progress.total })}</span>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
