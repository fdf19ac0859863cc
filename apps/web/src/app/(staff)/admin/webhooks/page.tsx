import { Card } from "@crm/ui";
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
      <div>
        <h1 className="text-xl font-semibold text-slate-900">{t("nav.webhooks")}</h1>
        <p className="mt-1 text-sm text-slate-500">{t("webhooks.hint")}</p>
      </div>
      <Card>
        <WebhookTable units={units} />
      </Card>
    </div>
  );
}
