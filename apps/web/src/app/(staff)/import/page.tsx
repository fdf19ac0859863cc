import { can } from "@crm/domain";
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
      <div>
        <h1 className="text-xl font-semibold text-slate-900">{t("nav.import")}</h1>
        <p className="mt-1 text-sm text-slate-500">{t("import.hint")}</p>
      </div>
      <ImportView kinds={can(user.role, "project.write") ? ["projects", "leads"] : ["leads"]} />
    </div>
  );
}
