import { TODO_KINDS, TodoListInput, type TodoKind } from "@crm/domain";
import { Card, CardBody, CardHeader, PageHeader, Stat } from "@crm/ui";
import { getTranslations } from "next-intl/server";

import { FilterTabs } from "~/components/filter-tabs";
import { TodoList } from "~/components/todo/todo-list";
import { staffApi } from "~/server/guard";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("work") };
}

type Search = { kind?: string; side?: string; overdue?: string };

const href = (s: Search) => {
  const q = new URLSearchParams(Object.entries(s).filter((e): e is [string, string] => !!e[1]));
  return q.size ? `/work?${q}` : "/work";
};

/** 我的工作: the whole to-do — what one and one's unit owe, what one waits on — overdue first, filtered. */
export default async function MyWorkPage({ searchParams }: { searchParams: Promise<Search> }) {
  const sp = await searchParams;
  const { api } = await staffApi("home.read");
  const parsed = TodoListInput.safeParse({
    kind: sp.kind || undefined,
    side: sp.side || undefined,
    overdue: sp.overdue === "1" || undefined,
  });
  const filter = parsed.success ? parsed.data : {};
  const work = await api.todo.list(filter);
  const t = await getTranslations();
  const kinds = TODO_KINDS.filter((k) => (work.counts.kinds[k] ?? 0) > 0 || k === filter.kind);
  const base = { side: sp.side, overdue: sp.overdue };
  return (
    <div className="space-y-6">
      <PageHeader title={t("nav.work")} description={t("todo.workHint")} />
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat label={t("todo.owed")} value={work.counts.owed} />
        <Stat label={t("todo.overdue")} value={work.counts.overdue} />
        <Stat label={t("todo.waiting")} value={work.counts.waiting} />
        <Stat label={t("todo.overdueWaiting")} value={work.counts.overdueWaiting} />
      </dl>
      <Card>
        <CardHeader title={t("todo.title")} description={t("todo.order")} />
        <CardBody className="space-y-3">
          <FilterTabs
            label={t("todo.sideFilter")}
            items={[
              { href: href({ kind: sp.kind }), label: t("todo.all"), current: !filter.side && !filter.overdue },
              {
                href: href({ kind: sp.kind, side: "owed" }),
                label: t("todo.owed"),
                current: filter.side === "owed" && !filter.overdue,
              },
              {
                href: href({ kind: sp.kind, side: "waiting" }),
                label: t("todo.waiting"),
                current: filter.side === "waiting",
              },
              {
                href: href({ kind: sp.kind, side: "owed", overdue: "1" }),
                label: t("todo.overdue"),
                current: !!filter.overdue,
              },
            ]}
          />
          {kinds.length > 1 ? (
            <FilterTabs
              label={t("todo.kindFilter")}
              items={[
                { href: href(base), label: t("todo.allKinds"), current: !filter.kind },
                ...kinds.map((k: TodoKind) => ({
                  href: href({ ...base, kind: k }),
                  label: `${t(`todo.kind.${k}`)} ${work.counts.kinds[k] ?? 0}`,
                  current: filter.kind === k,
                })),
              ]}
            />
          ) : null}
          <TodoList items={work.items} today={work.today} />
        </CardBody>
      </Card>
    </div>
  );
}
