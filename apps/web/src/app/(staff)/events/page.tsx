import { can } from "@crm/domain";
import { Card, CardBody, EmptyState, PageHeader } from "@crm/ui";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { formatters } from "~/components/format";
import { staffApi } from "~/server/guard";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("events") };
}

const button = "rounded-md px-3 py-2 text-sm font-medium";

export default async function EventsPage() {
  const { user, api } = await staffApi("event.read");
  const list = await api.promoEvent.list({});
  const t = await getTranslations();
  const f = formatters(await getLocale());
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("nav.events")}
        actions={
          <div className="flex gap-2">
            <Link
              href="/events/results"
              className={`${button} bg-white text-slate-800 ring-1 ring-slate-300 ring-inset`}
            >
              {t("events.results")}
            </Link>
            {can(user.role, "event.write") ? (
              <Link href="/events/new" className={`${button} bg-brand-600 text-white hover:bg-brand-700`}>
                {t("events.new")}
              </Link>
            ) : null}
          </div>
        }
      />
      <Card>
        <CardBody>
          {list.length === 0 ? (
            <EmptyState title={t("events.none")} />
          ) : (
            <ul className="divide-y divide-slate-100">
              {list.map((e) => (
                <li key={e.id} className="flex flex-wrap items-center justify-between gap-2 py-3 text-sm">
                  <Link href={`/events/${e.id}`} className="font-medium text-slate-900 hover:text-brand-700">
                    {e.title}
                  </Link>
                  <span className="text-slate-600">
                    {t("events.listLine", {
                      kind: t(`events.kinds.${e.kind}`),
                      date: f.date(e.heldOn),
                      attendees: f.count(e.attendees),
                      signings: f.count(e.signings),
                    })}
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
