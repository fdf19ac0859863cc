import { can } from "@crm/domain";
import { PageHeader } from "@crm/ui";
import { getTranslations } from "next-intl/server";

import { staffApi } from "~/server/guard";

import { ImportView } from "./import-view";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("import") };
}

export default async function ImportPage() {
  const { user } = await staffApi("lead.write");
  const t = await getTranslations();
  return (
    <div className="space-y-4">
      <PageHeader title={t("nav.import")} description={t("import.hint")} />
      <ImportView kinds={can(user.role, "project.write") ? ["projects", "leads"] : ["leads"]} />
    </div>
  );
}
