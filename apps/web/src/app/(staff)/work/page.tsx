import { Card, CardBody, CardHeader, PageHeader, Stat } from "@crm/ui";
import { getTranslations } from "next-intl/server";

import { TaskList } from "~/components/task/task-list";
import { staffApi } from "~/server/guard";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("work") };
}

/** 我的工作: what one's unit and oneself owe, overdue first, and what waits for one's review. */
export default async function MyWorkPage() {
  const { api } = await staffApi("home.read");
  const work = await api.task.mine();
  const t = await getTranslations();
  const toReview = work.items.filter((i) => i.awaitsMyReview);
  const owed = work.items.filter((i) => !i.awaitsMyReview);
  return (
    <div className="space-y-6">
      <PageHeader title={t("nav.work")} />
      <dl className="grid grid-cols-3 gap-3">
        <Stat label={t("tasks.overdueCount")} value={work.counts.overdue} />
        <Stat label={t("tasks.dueThisWeek")} value={work.counts.dueThisWeek} />
        <Stat label={t("tasks.toReview")} value={work.counts.toReview} />
      </dl>
      {toReview.length ? (
        <Card>
          <CardHeader title={t("tasks.awaitingReview")} />
          <CardBody>
            <TaskList items={toReview} showUnit />
          </CardBody>
        </Card>
      ) : null}
      <Card>
        <CardHeader title={t("tasks.owed")} description={t("tasks.owedHint")} />
        <CardBody>
          <TaskList items={owed} />
        </CardBody>
      </Card>
    </div>
  );
}
