import { todayInShanghai } from "@crm/domain";
import { Card, PageHeader } from "@crm/ui";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { staffApi } from "~/server/guard";

import { CalendarEditor } from "./calendar-editor";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("calendar") };
}

const yearOf = (raw: string | string[] | undefined, fallback: number) => {
  const n = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : fallback;
};

/** The holiday calendar the admin keeps: holidays and make-up working days, a year at a time. */
export default async function CalendarPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { api } = await staffApi("admin.dictionaries");
  const thisYear = Number(todayInShanghai().slice(0, 4));
  const year = yearOf((await searchParams).year, thisYear);
  const days = await api.settings.calendar({ year });
  const t = await getTranslations();
  const link =
    "rounded-md px-2 py-1 text-sm text-brand-700 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-brand-600";
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("nav.calendar")}
        description={t("calendar.hint")}
        actions={
          <nav aria-label={t("calendar.year")} className="flex items-center gap-1">
            <Link className={link} href={`/admin/calendar?year=${year - 1}`}>
              ← {year - 1}
            </Link>
            <span className="px-2 text-base font-semibold text-slate-900" aria-current="page">
              {t("calendar.yearLabel", { year })}
            </span>
            <Link className={link} href={`/admin/calendar?year=${year + 1}`}>
              {year + 1} →
            </Link>
          </nav>
        }
      />
      <Card>
        <CalendarEditor key={year} year={year} days={days} />
      </Card>
    </div>
  );
}
