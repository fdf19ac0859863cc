import { Card, CardBody, PageHeader } from "@crm/ui";
import { getTranslations } from "next-intl/server";

import { staffApi } from "~/server/guard";

import { LeadForm } from "./lead-form";

export default async function NewLeadPage() {
  const { api } = await staffApi("lead.write");
  const chains = await api.org.chains();
  const t = await getTranslations("leads");
  return (
    <div className="max-w-2xl space-y-4">
      <PageHeader title={t("new")} />
      <Card>
        <CardBody>
          <LeadForm chains={chains} />
        </CardBody>
      </Card>
    </div>
  );
}
