import { Card, PageHeader } from "@crm/ui";
import { getTranslations } from "next-intl/server";

import { staffApi } from "~/server/guard";

import { WebhookTable } from "./webhook-table";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("webhooks") };
}

/** Each unit's optional WeCom or DingTalk group robot, which gets the unit's task and stage messages. */
export default async function WebhooksPage() {
  const { api } = await staffApi("admin.units");
  const units = await api.settings.webhooks();
  const t = await getTranslations();
  return (
    <div className="space-y-4">
      <PageHeader title={t("nav.webhooks")} description={t("webhooks.hint")} />
      <Card>
        <WebhookTable units={units} />
      </Card>
    </div>
  );
}
