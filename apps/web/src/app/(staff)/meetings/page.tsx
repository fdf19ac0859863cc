import { can } from "@crm/domain";
import { Card, CardBody, EmptyState, PageHeader } from "@crm/ui";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { formatters } from "~/components/format";
import { staffApi } from "~/server/guard";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("meetings") };
}

export default async function MeetingsPage() {
  const { user, api } = await staffApi("meeting.read");
  const list = await api.meeting.list();
  const t = await getTranslations();
  const f = formatters(await getLocale());
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("nav.meetings")}
        actions={
          can(user.role, "meeting.write") ? (
            <Link
              href="/meetings/new"
              className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700"
            >
              {t("meetings.new")}
            </Link>
          ) : null
        }
      />
      <Card>
        <CardBody>
          {list.length === 0 ? (
            <EmptyState title={t("meetings.none")} />
          ) : (
            <ul className="divide-y divide-slate-100">
              {list.map((m) => (
                <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 py-3 text-sm">
                  <Link href={`/meetings/${m.id}`} className="font-medium text-slate-900 hover:text-brand-700">
                    {m.title}
                  </Link>
                  <span className="text-slate-500">
                    {t(`meetings.kinds.${m.kind}`)} · {f.date(m.heldOn)} · {t("meetings.chairLine", { name: m.chair })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
