import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { idParam, orNotFound, staffApi } from "~/server/guard";

import { CheckInList } from "./check-in-list";

export async function generateMetadata() {
  return { title: (await getTranslations("events"))("checkInTitle") };
}

/** The check-in list, phone first: search by name, one big tap to check in. */
export default async function CheckInPage({ params }: { params: Promise<{ id: string }> }) {
  const id = idParam((await params).id);
  const { api } = await staffApi("event.write");
  const { event, attendees } = await orNotFound(api.promoEvent.byId({ id }));
  const t = await getTranslations();
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <div>
        <Link href={`/events/${id}`} className="text-sm text-slate-600 hover:text-brand-700">
          ← {t("events.back")}
        </Link>
        <h1 className="mt-1 text-xl font-semibold text-slate-900">{event.title}</h1>
      </div>
      <CheckInList attendees={attendees} />
    </div>
  );
}
