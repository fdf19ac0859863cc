import { todayInShanghai } from "@crm/domain";
import { PageHeader } from "@crm/ui";
import { getTranslations } from "next-intl/server";

import { staffApi } from "~/server/guard";

import { MeetingForm } from "./meeting-form";

export default async function NewMeetingPage() {
  const { user, api } = await staffApi("meeting.write");
  const [suggestions, units, people] = await Promise.all([
    api.meeting.suggestions({ heldOn: todayInShanghai() }),
    api.org.assignees(),
    api.org.people(),
  ]);
  const t = await getTranslations("meetings");
  const chairs = [
    { id: user.id, name: t("me") },
    ...people.leaders.map((p) => ({ id: p.id, name: `${p.name}（${p.title ?? ""}）` })),
  ];
  return (
    <div className="max-w-3xl space-y-4">
      <PageHeader title={t("new")} />
      <MeetingForm suggestions={suggestions} units={units} chairs={chairs} />
    </div>
  );
}
