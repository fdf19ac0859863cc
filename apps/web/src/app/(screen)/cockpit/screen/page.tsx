import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { AutoRefresh } from "~/components/cockpit/auto-refresh";
import { CockpitBoard } from "~/components/cockpit/board";
import { CockpitFilters } from "~/components/cockpit/filters";
import { formatters } from "~/components/format";
import { loadCockpit } from "~/server/cockpit";

export async function generateMetadata() {
  return { title: (await getTranslations("cockpit"))("screenTitle") };
}

/** 大屏: the cockpit at 1920×1080 on a dark ground for the command room; it reloads itself every minute. */
export default async function CockpitScreenPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { data, years, zoneName, query } = await loadCockpit(searchParams);
  const t = await getTranslations("cockpit");
  const f = formatters(await getLocale());
  return (
    <main className="flex h-screen min-h-[1080px] min-w-[1920px] flex-col gap-4 p-6" data-testid="cockpit-screen">
      <header className="flex items-center justify-between">
        <div className="flex items-baseline gap-4">
          <h1 className="text-3xl font-bold tracking-wide text-white">{t("screenTitle")}</h1>
          <p className="text-lg text-slate-300">
            {t("scope", { zone: zoneName ?? t("district"), asOf: f.date(data.asOf) })}
          </p>
        </div>
        <div className="flex items-center gap-4">
          <AutoRefresh seconds={60} readAt={new Date().toISOString()} />
          <CockpitFilters data={data} years={years} look="screen" />
          <Link
            href={`/cockpit?${query}`}
            className="rounded-md px-3 py-1.5 text-sm text-slate-300 ring-1 ring-slate-600 hover:bg-slate-800"
          >
            {t("leaveScreen")}
          </Link>
        </div>
      </header>
      <div className="min-h-0 flex-1">
        <CockpitBoard data={data} look="screen" />
      </div>
    </main>
  );
}
