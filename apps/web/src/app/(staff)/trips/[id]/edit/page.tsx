import { Card, CardBody, PageHeader } from "@crm/ui";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { idParam, orNotFound, staffApi } from "~/server/guard";

import { TripForm } from "../../trip-form";

export async function generateMetadata() {
  return { title: (await getTranslations("trips"))("edit") };
}

export default async function EditTripPage({ params }: { params: Promise<{ id: string }> }) {
  const id = idParam((await params).id);
  const { api } = await staffApi("trip.write");
  const [trip, options] = await Promise.all([orNotFound(api.trip.byId({ id })), api.trip.options()]);
  const t = await getTranslations("trips");
  return (
    <div className="space-y-4">
      <PageHeader
        back={
          <Link href={`/trips/${id}`} className="text-sm text-slate-500 hover:text-brand-700">
            ← {trip.title}
          </Link>
        }
        title={t("edit")}
      />
      <Card>
        <CardBody>
          <TripForm
            options={options}
            initial={{
              id,
              version: trip.version,
              values: {
                title: trip.title,
                destinations: trip.destinations,
                startsOn: trip.startsOn,
                endsOn: trip.endsOn,
                purpose: trip.purpose,
                chainIds: trip.chains.map((c) => c.id),
                goalMeetings: trip.goals.meetings,
                goalLeads: trip.goals.leads,
                goalSignings: trip.goals.signings,
                costWan: trip.costWan,
                memberIds: trip.members.map((m) => m.id),
              },
            }}
          />
        </CardBody>
      </Card>
    </div>
  );
}
