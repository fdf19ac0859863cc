import { TODO_KINDS } from "@crm/domain";
import { Card, CardBody, CardHeader, EmptyState } from "@crm/ui";
import { useTranslations } from "next-intl";
import Link from "next/link";

import { TodoList, type TodoRow } from "~/components/todo/todo-list";

/** Items shown per kind on the home; the rest are one click away in My work. */
const PER_KIND = 3;

/**
 * The home's first card: what the person and their unit owe, kind by kind (new leads, requests to
 * route, approvals held, this month's dispatch…), overdue first in each, and what they wait on.
 */
export function TodoCard({
  items,
  counts,
  today,
}: {
  items: TodoRow[];
  counts: { all: number; owed: number; overdue: number; waiting: number };
  today: string;
}) {
  const t = useTranslations("todo");
  const groups = TODO_KINDS.map((kind) => ({ kind, rows: items.filter((i) => i.kind === kind) })).filter(
    (g) => g.rows.length > 0,
  );
  return (
    <Card role="region" aria-label={t("homeTitle")}>
      <CardHeader
        title={t("homeTitle")}
        description={t("homeLine", { owed: counts.owed, overdue: counts.overdue, waiting: counts.waiting })}
        action={
          counts.all > 0 ? (
            <Link href="/work" className="text-sm text-brand-700 hover:underline">
              {t("seeAll", { n: counts.all })}
            </Link>
          ) : undefined
        }
      />
      <CardBody className="space-y-4">
        {groups.length === 0 ? <EmptyState title={t("none")} description={t("noneHint")} /> : null}
        {groups.map((g) => (
          <section key={g.kind} aria-labelledby={`todo-${g.kind}`}>
            <div className="flex items-baseline justify-between gap-2">
              <h3 id={`todo-${g.kind}`} className="text-sm font-semibold text-slate-700">
                {t(`kind.${g.kind}`)} · {g.rows.length}
              </h3>
              {g.rows.length > PER_KIND ? (
                <Link href={`/work?kind=${g.kind}`} className="text-xs text-brand-700 hover:underline">
                  {t("seeKind", { n: g.rows.length })}
                </Link>
              ) : null}
            </div>
            <TodoList items={g.rows.slice(0, PER_KIND)} today={today} />
          </section>
        ))}
      </CardBody>
    </Card>
  );
}
