import { todayInShanghai } from "@crm/domain";
import { Card, CardBody, PageHeader } from "@crm/ui";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { forbidden } from "next/navigation";

import { idParam, orNotFound, staffApi } from "~/server/guard";

import { MeetingForm } from "./meeting-form";

export async function generateMetadata() {
  return { title: (await getTranslations("trips"))("meeting.title") };
}

/** The phone page a delegation member records a meeting on. */
export default async function RecordMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const id = idParam((await params).id);
  const { api } = await staffApi("trip.record");
  const trip = await orNotFound(api.trip.byId({ id }));
  if (!trip.can.record) forbidden();
  const t = await getTranslations("trips");
  const today = todayInShanghai();
  const day = today < trip.startsOn ? trip.startsOn : today > trip.endsOn ? trip.endsOn : today;
  return (
    <div className="mx-auto max-w-lg space-y-4">
      <PageHeader
        back={
          <Link href={`/trips/${id}`} className="text-sm text-slate-500 hover:text-brand-700">
            ← {trip.title}
          </Link>
        }
        title={t("meeting.title")}
      />
      <Card>
        <CardBody>
          <MeetingForm tripId={id} today={day} targets={trip.targets.map((x) => x.name)} />
        </CardBody>
      </Card>
    </div>
  );
}
