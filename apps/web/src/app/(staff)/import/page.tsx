import { can, IMPORT_KINDS, type ImportKind } from "@crm/domain";
import { PageHeader } from "@crm/ui";
import { getTranslations } from "next-intl/server";

import { staffApi } from "~/server/guard";

import { ImportView } from "./import-view";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("import") };
}

export default async function ImportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { user } = await staffApi("lead.write");
  const asked = (await searchParams).kind;
  const initial = IMPORT_KINDS.find((k) => k === asked);
  const kinds: ImportKind[] = [
    ...(can(user.role, "project.write") ? (["projects"] as const) : []),
    "leads",
    ...(can(user.role, "opportunity.write") ? (["carriers"] as const) : []),
  ];
  const t = await getTranslations();
  return (
    <div className="space-y-4">
      <PageHeader title={t("nav.import")} description={t("import.hint")} />
      <ImportView kinds={kinds} initial={initial} />
    </div>
  );
}
