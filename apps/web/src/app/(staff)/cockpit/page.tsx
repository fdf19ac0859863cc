import { can } from "@crm/domain";
import { Card, CardBody, CardHeader, PageHeader } from "@crm/ui";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { GapFunnelTable } from "~/components/chain/gap-funnel-table";
import { CockpitBoard } from "~/components/cockpit/board";
import { CockpitFilters } from "~/components/cockpit/filters";
import { formatters } from "~/components/format";
import { loadCockpit } from "~/server/cockpit";
import { staffApi } from "~/server/guard";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("cockpit") };
}

/** 领导驾驶舱: the year against its targets, the pipeline, the follow-through; every number opens its rows. */
export default async function CockpitPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { data, years, zoneName, query } = await loadCockpit(searchParams);
  // The gap loop names nothing but counts; it is for those who may read the targets.
  const { api, user } = await staffApi("dashboard.read");
  const gaps = can(user.role, "prospect.read") ? await api.chain.gapCounts({}) : null;
  const tGap = await getTranslations("chainMap.gapTable");
  const t = await getTranslations("cockpit");
  const f = formatters(await getLocale());
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("title")}
        description={
          <>
            {t("scope", { zone: zoneName ?? t("district"), asOf: f.date(data.asOf) })}
            {data.zoneLocked ? ` · ${t("zoneLocked")}` : ""}
          </>
        }
        actions={
          <>
            <CockpitFilters data={data} years={years} look="page" />
            <Link
              href={`/cockpit/screen?${query}`}
              className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700"
            >
              {t("screenMode")}
            </Link>
          </>
        }
      />
      <p className="text-xs text-slate-500">{t("drillHint")}</p>
      <CockpitBoard data={data} look="page" />
      {gaps ? (
        <Card>
          <CardHeader title={tGap("title")} description={tGap("hint")} />
          <CardBody className="px-0 sm:px-0">
            <GapFunnelTable rows={gaps.chains} linked />
          </CardBody>
        </Card>
      ) : null}
    </div>
  );
}
