import { Card, CardBody, CardHeader } from "@crm/ui";
import { getTranslations } from "next-intl/server";

import { RequestForm } from "~/components/request/request-form";
import { idParam, orNotFound, staffApi } from "~/server/guard";

export async function generateMetadata() {
  return { title: (await getTranslations("requests"))("onBehalf") };
}

/** Staff raise a request for a project's enterprise (a zone's service contact after a visit, say). */
export default async function NewRequestPage({ searchParams }: { searchParams: Promise<{ projectId?: string }> }) {
  const { api } = await staffApi("request.write");
  const project = await orNotFound(api.project.byId({ id: idParam((await searchParams).projectId ?? "") }));
  const t = await getTranslations();
  return (
    <Card>
      <CardHeader
        title={t("requests.onBehalf")}
        description={t("requests.raiseFor", { name: project.enterprise?.name ?? project.name })}
      />
      <CardBody>
        <RequestForm projects={[{ id: project.id, name: project.name }]} after={`/projects/${project.id}`} />
      </CardBody>
    </Card>
  );
}
