import { Card, CardBody, CardHeader, EmptyState, PageHeader } from "@crm/ui";
import { getTranslations } from "next-intl/server";

import { DrillNote } from "~/components/drill-note";
import { TaskList } from "~/components/task/task-list";
import { uuidParam, zoneAndChainParams } from "~/lib/drill-params";
import { staffApi } from "~/server/guard";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("taskBoard") };
}

/**
 * The board: open tasks by unit, the units with the most overdue first (the bureau and leaders see
 * all, others their own). A cockpit figure opens it narrowed to a unit, overdue only, a zone or a chain.
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
            <CardHeader title={u.unitName} description={t("tasks.unitLine", { open: u.open, overdue: u.overdue })} />
            <CardBody>
              <TaskList items={u.tasks} />
            </CardBody>
          </Card>
        ))}
      </div>
    </div>
  );
}
