import { Card, CardBody, PageHeader } from "@crm/ui";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { staffApi } from "~/server/guard";

import { ProspectForm } from "../prospect-form";

export async function generateMetadata() {
  return { title: (await getTranslations("prospects"))("new") };
}

export default async function NewProspectPage() {
  const { api } = await staffApi("prospect.write");
  const options = await api.prospect.options();
  const t = await getTranslations("prospects");
  return (
    <div className="space-y-4">
      <PageHeader
        back={
          <Link href="/prospects" className="text-sm text-slate-500 hover:text-brand-700">
            ← {t("back")}
          </Link>
        }
        title={t("new")}
      />
      <Card>
        <CardBody>
          <ProspectForm options={options} />
        </CardBody>
      </Card>
    </div>
  );
}
