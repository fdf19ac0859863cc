import { Card, CardBody, CardHeader, EmptyState, PageHeader } from "@crm/ui";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { DrillNote } from "~/components/drill-note";
import { formatters } from "~/components/format";
import { TaskList } from "~/components/task/task-list";
import { uuidParam, zoneAndChainParams } from "~/lib/drill-params";
import { staffApi } from "~/server/guard";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("taskBoard") };
}

/**
 * The board: open tasks and leads past their deadline by unit, the units with the most overdue
 * first (the bureau and leaders see all, others their own). A cockpit figure opens it narrowed to a unit, overdue only, a zone or a chain.
 */
export default async function TaskBoardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { api } = await staffApi("task.list");
  const params = await searchParams;
  const filter = {
    unitId: uuidParam(params, "unit"),
    overdue: params.overdue === "1" || undefined,
    ...zoneAndChainParams(params),
  };
  const units = await api.task.board(filter);
  const t = await getTranslations();
  const f = formatters(await getLocale());
  const total = units.reduce((n, u) => n + u.tasks.length, 0);
  return (
    <div className="space-y-4">
      <PageHeader title={t("nav.taskBoard")} />
      <DrillNote
        api={api}
        zoneId={filter.zoneId}
        chainId={filter.chainId}
        unitId={filter.unitId}
        extra={filter.overdue ? [t("drill.overdueOnly")] : []}
        clearHref="/work/board"
      />
      <p className="text-sm font-medium text-slate-800" data-testid="list-count">
        {t("drill.tasks", { n: total })}
      </p>
      {units.length === 0 ? <EmptyState title={t("tasks.none")} /> : null}
      <div className="grid gap-4 lg:grid-cols-2">
        {units.map((u) => (
          <Card key={u.unitId}>
            <CardHeader
              title={u.unitName}
              description={t("tasks.unitLine", { open: u.open, overdue: u.overdue, leads: u.overdueLeads.length })}
            />
            <CardBody className="space-y-3">
              {u.tasks.length ? <TaskList items={u.tasks} /> : null}
              {u.overdueLeads.length ? (
                <section aria-label={`${u.unitName} ${t("tasks.overdueLeads")}`}>
                  <h3 className="text-sm font-medium text-red-700">{t("tasks.overdueLeads")}</h3>
                  <ul className="divide-y divide-slate-100">
                    {u.overdueLeads.map((l) => (
                      <li key={l.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                        <Link href={`/leads/${l.id}`} className="font-medium text-slate-900 hover:text-brand-700">
                          {l.enterpriseName}
                        </Link>
                        <span className="text-xs text-red-700">
                          {t("tasks.leadDueLine", { date: f.date(l.dueOn) })}
                        </span>
                      </li>
                    ))}
                  </ul>
                </section>
              ) : null}
            </CardBody>
          </Card>
        ))}
      </div>
    </div>
  );
}
