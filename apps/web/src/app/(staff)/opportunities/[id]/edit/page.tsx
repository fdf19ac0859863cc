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
  const carrier = await orNotFound(api.carrier.byId({ id }));
  if (!carrier.mayEdit) forbidden();
  // Only what the caller may save (its zone, its keepers), and the chains' live nodes (the carrier's own kept).
  const options = await api.carrier.formOptions({ id });
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
      <CarrierForm carrier={carrier} options={options} defaultZoneId={carrier.zoneId} />
    </div>
  );
}
