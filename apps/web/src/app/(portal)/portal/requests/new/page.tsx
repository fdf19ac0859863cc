import { Card, CardBody, CardHeader } from "@crm/ui";
import { getTranslations } from "next-intl/server";

import { RequestForm } from "~/components/request/request-form";
import { portalApi } from "~/server/guard";

export async function generateMetadata() {
  return { title: (await getTranslations("portal"))("raise") };
}

export default async function NewPortalRequestPage() {
  const { api } = await portalApi();
  const projects = await api.portal.projects();
  const t = await getTranslations();
  return (
    <Card>
      <CardHeader title={t("portal.raise")} description={t("portal.raiseHint")} />
      <CardBody>
        <RequestForm
          projects={projects.map((p) => ({ id: p.id, name: p.name }))}
          projectOptional
          after="/portal/requests/{id}"
        />
      </CardBody>
    </Card>
  );
}
