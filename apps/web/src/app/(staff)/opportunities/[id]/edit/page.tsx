import { PageHeader } from "@crm/ui";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { forbidden } from "next/navigation";

import { CarrierForm } from "~/components/carrier/carrier-form";
import { idParam, orNotFound, staffApi } from "~/server/guard";

export async function generateMetadata() {
  return { title: (await getTranslations("carriers"))("form.editTitle") };
}

export default async function EditCarrierPage({ params }: { params: Promise<{ id: string }> }) {
  const id = idParam((await params).id);
  const { api } = await staffApi("opportunity.write");
  const [carrier, zones, chains, units] = await Promise.all([
    orNotFound(api.carrier.byId({ id })),
    api.org.zones(),
    api.org.chains(),
    api.org.assignees(),
  ]);
  if (!carrier.mayEdit) forbidden();
  const t = await getTranslations("carriers");
  return (
    <div className="space-y-4">
      <PageHeader
        back={
          <Link href={`/opportunities/${id}`} className="text-sm text-slate-500 hover:text-brand-700">
            ← {carrier.name}
          </Link>
        }
        title={t("form.editTitle")}
      />
      <CarrierForm carrier={carrier} zones={zones} chains={chains} owners={units} defaultZoneId={carrier.zoneId} />
    </div>
  );
}
