import { Card, CardBody } from "@crm/ui";
import { getTranslations } from "next-intl/server";

import { staffApi } from "~/server/guard";

import { LeadForm } from "./lead-form";

export default async function NewLeadPage() {
  const { api } = await staffApi("lead.write");
  const chains = await api.org.chains();
  const t = await getTranslations("leads");
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-xl font-semibold text-slate-900">{t("new")}</h1>
      <Card>
        <CardBody>
          <LeadForm chains={chains} />
        </CardBody>
      </Card>
    </div>
  );
}
