import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { AutoRefresh } from "~/components/cockpit/auto-refresh";
import { CockpitBoard } from "~/components/cockpit/board";
import { CockpitFilters } from "~/components/cockpit/filters";
import { formatters } from "~/components/format";
import { cockpitParams } from "~/lib/cockpit-params";
import { staffApi } from "~/server/guard";

export async function generateMetadata() {
  return { title: (await getTranslations("cockpit"))("screenTitle") };
}

/** 大屏: the cockpit at 1920×1080 on a dark ground for the command room; it reloads itself every minute. */
export default async function CockpitScreenPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { user, api } = await staffApi("dashboard.read");
  const { input, years } = cockpitParams(await searchParams, user.role);
  const data = await api.cockpit.overview(input);
  const t = await getTranslations("cockpit");
  const f = formatters(await getLocale());
  const zone = data.zones.find((z) => z.id === data.zoneId)?.name;
  const back = new URLSearchParams({ year: String(data.year), ...(input.zoneId ? { zone: input.zoneId } : {}), ...(data.chainId ? { chain: data.chainId } : {}) });
  return (
    <main className="flex h-screen min-h-[1080px] min-w-[1920px] flex-col gap-4 p-6" data-testid="cockpit-screen">
      <header className="flex items-center justify-between">
        <div className="flex items-baseline gap-4">
          <h1 className="text-3xl font-bold tracking-wide text-white">{t("screenTitle")}</h1>
          <p className="text-lg text-slate-300">{t("scope", { zone: zone ?? t("district"), asOf: f.date(data.asOf) })}</p>
        </div>
        <div className="flex items-center gap-4">
          <AutoRefresh seconds={60} readAt={new Date().toISOString()} />
          <CockpitFilters data={data} years={years} look="screen" />
          <Link href={`/cockpit?${back}`} className="rounded-md px-3 py-1.5 text-sm text-slate-300 ring-1 ring-slate-600 hover:bg-slate-800">
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
