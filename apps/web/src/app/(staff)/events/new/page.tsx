import { PageHeader } from "@crm/ui";
import { getTranslations } from "next-intl/server";

import { staffApi } from "~/server/guard";

import { EventForm } from "../event-form";

export async function generateMetadata() {
  return { title: (await getTranslations("events"))("new") };
}

export default async function NewEventPage() {
  await staffApi("event.write");
  const t = await getTranslations("events");
  return (
    <div className="max-w-3xl space-y-4">
      <PageHeader title={t("new")} />
      <EventForm />
    </div>
  );
}
