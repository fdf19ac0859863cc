import { Card, CardBody, PageHeader } from "@crm/ui";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { staffApi } from "~/server/guard";

import { TripForm } from "../trip-form";

export async function generateMetadata() {
  return { title: (await getTranslations("trips"))("new") };
}

export default async function NewTripPage() {
  const { api } = await staffApi("trip.write");
  const options = await api.trip.options();
  const t = await getTranslations("trips");
  return (
    <div className="space-y-4">
      <PageHeader
        back={
          <Link href="/trips" className="text-sm text-slate-500 hover:text-brand-700">
            ← {t("back")}
          </Link>
        }
        title={t("new")}
      />
      <Card>
        <CardBody>
          <TripForm options={options} />
        </CardBody>
      </Card>
    </div>
  );
}
