import { PageHeader } from "@crm/ui";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { CarrierForm } from "~/components/carrier/carrier-form";
import { staffApi } from "~/server/guard";

export async function generateMetadata() {
  return { title: (await getTranslations("carriers"))("form.createTitle") };
}

export default async function NewCarrierPage() {
  const { api, user } = await staffApi("opportunity.write");
  const [zones, chains, units] = await Promise.all([api.org.zones(), api.org.chains(), api.org.assignees()]);
  const t = await getTranslations("carriers");
  const own = zones.find((z) => z.id === user.unitId)?.id ?? zones[0]?.id ?? "";
  return (
    <div className="space-y-4">
      <PageHeader
        back={
          <Link href="/opportunities" className="text-sm text-slate-500 hover:text-brand-700">
            ← {t("title")}
          </Link>
        }
        title={t("form.createTitle")}
      />
      <CarrierForm carrier={null} zones={zones} chains={chains} owners={units} defaultZoneId={own} />
    </div>
  );
}
