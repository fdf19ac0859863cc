import { Card, CardBody, EmptyState, PageHeader } from "@crm/ui";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { formatters } from "~/components/format";
import { staffApi } from "~/server/guard";

import { MarkAllRead } from "./mark-all-read";

export async function generateMetadata() {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage() {
  const { api } = await staffApi("session.self");
  const list = await api.notification.list();
  const t = await getTranslations("notifications");
  const f = formatters(await getLocale());
  const unread = list.filter((n) => !n.readAt).map((n) => n.id);
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} actions={unread.length ? <MarkAllRead ids={unread} /> : null} />
      <Card>
        <CardBody>
          {list.length === 0 ? (
            <EmptyState title={t("none")} />
          ) : (
            <ul className="divide-y divide-slate-100">
              {list.map((n) => (
                <li key={n.id} className="flex items-start gap-3 py-3 text-sm">
                  <span
                    aria-hidden
                    className={
                      n.readAt ? "mt-1.5 size-2 rounded-full bg-transparent" : "mt-1.5 size-2 rounded-full bg-brand-600"
                    }
                  />
                  <div className="min-w-0 flex-1">
                    <Link
                      href={n.link}
                      className={
                        n.readAt
                          ? "text-slate-600 hover:text-brand-700"
                          : "font-medium text-slate-900 hover:text-brand-700"
                      }
                    >
                      {t(`kinds.${n.kind}` as "kinds.task.assigned", n.params)}
                    </Link>
                    <p className="text-xs text-slate-500">{f.date(n.createdAt)}</p>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
