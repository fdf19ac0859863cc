import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { CockpitBoard } from "~/components/cockpit/board";
import { CockpitFilters } from "~/components/cockpit/filters";
import { formatters } from "~/components/format";
import { cockpitParams } from "~/lib/cockpit-params";
import { staffApi } from "~/server/guard";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("cockpit") };
}

/** 领导驾驶舱: the year against its targets, the pipeline, the follow-through; every number opens its rows. */
export default async function CockpitPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { user, api } = await staffApi("dashboard.read");
  const { input, years } = cockpitParams(await searchParams, user.role);
  const data = await api.cockpit.overview(input);
  const t = await getTranslations("cockpit");
  const f = formatters(await getLocale());
  const zone = data.zones.find((z) => z.id === data.zoneId)?.name;
  const screen = new URLSearchParams({ year: String(data.year), ...(input.zoneId ? { zone: input.zoneId } : {}), ...(data.chainId ? { chain: data.chainId } : {}) });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold text-slate-900">{t("title")}</h1>
          <p className="mt-1 text-sm text-slate-500">
            {t("scope", { zone: zone ?? t("district"), asOf: f.date(data.asOf) })}
            {data.zoneLocked ? ` · ${t("zoneLocked")}` : ""}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <CockpitFilters data={data} years={years} look="page" />
          <Link href={`/cockpit/screen?${screen}`} className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
            {t("screenMode")}
          </Link>
        </div>
      </div>
      <p className="text-xs text-slate-500">{t("drillHint")}</p>
      <CockpitBoard data={data} look="page" />
    </div>
  );
}
