import { PageHeader } from "@crm/ui";
import { getTranslations } from "next-intl/server";

import { staffApi } from "~/server/guard";

import { DictionaryEditor } from "./dictionary-editor";
import { TemplateEditor } from "./template-editor";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("approvalDictionary") };
}

/** The system administrator's approval dictionary (item, department, time limit) and the templates by project type. */
export default async function ApprovalDictionaryPage() {
  const { api } = await staffApi("admin.dictionaries");
  const dictionary = await api.approval.dictionaryEditor();
  const t = await getTranslations();
  const { departments } = dictionary;
  return (
    <div className="space-y-4">
      <PageHeader title={t("nav.approvalDictionary")} description={t("dictionary.hint")} />
      <DictionaryEditor items={dictionary.items} departments={departments} />
      <TemplateEditor templates={dictionary.templates} items={dictionary.items.filter((i) => i.active)} />
    </div>
  );
}
