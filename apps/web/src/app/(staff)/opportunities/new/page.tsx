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
  // Only what the caller may save: a department its own parcels, a zone its own zone, the bureau anything.
  const options = await api.carrier.formOptions({});
  const t = await getTranslations("carriers");
  const own = options.zones.find((z) => z.id === user.unitId)?.id ?? options.zones[0]?.id ?? "";
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
      <CarrierForm carrier={null} options={options} defaultZoneId={own} />
    </div>
  );
}
