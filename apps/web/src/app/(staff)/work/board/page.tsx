import { Card, CardBody, CardHeader, EmptyState } from "@crm/ui";
import { getTranslations } from "next-intl/server";

import { TaskList } from "~/components/task/task-list";
import { staffApi } from "~/server/guard";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("taskBoard") };
}

/** The bureau's board: every open task by unit, the units with the most overdue first. */
export default async function TaskBoardPage() {
  const { api } = await staffApi("task.board");
  const units = await api.task.board();
  const t = await getTranslations();
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold text-slate-900">{t("nav.taskBoard")}</h1>
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
