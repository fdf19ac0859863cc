import { PageHeader } from "@crm/ui";
import { getTranslations } from "next-intl/server";

import { parseAuditFilter } from "~/lib/audit-params";
import { staffApi } from "~/server/guard";

import { AuditView } from "./audit-view";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("audit") };
}

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { api } = await staffApi("audit.read");
  const filter = parseAuditFilter(await searchParams);
  const options = await api.audit.options();
  const t = await getTranslations();
  return (
    <div className="space-y-4">
      <PageHeader title={t("nav.audit")} description={t("audit.hint")} />
      <AuditView filter={filter} options={options} />
    </div>
  );
}
