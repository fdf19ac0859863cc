import { todayInShanghai } from "@crm/domain";
import { PageHeader } from "@crm/ui";
import { getTranslations } from "next-intl/server";

import { FilterTabs } from "~/components/filter-tabs";
import { staffApi } from "~/server/guard";

import { TargetForm } from "./target-form";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("targets") };
}

/** 年度目标: the district's and each zone's targets for a year, which the cockpit measures against. */
export default async function TargetsPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const { api } = await staffApi("target.write");
  const thisYear = Number(todayInShanghai().slice(0, 4));
  const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2];
  const asked = Number((await searchParams).year);
  const year = years.includes(asked) ? asked : thisYear;
  const units = await api.cockpit.targets({ year });
  const t = await getTranslations();
  return (
    <div className="space-y-4">
      <PageHeader title={t("nav.targets")} description={t("targets.hint")} />
      <FilterTabs
        label={t("targets.year")}
        items={years.map((y) => ({
          href: `/admin/targets?year=${y}`,
          label: t("targets.yearTab", { year: y }),
          current: y === year,
        }))}
      />
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {units.map((u) => (
          <TargetForm key={`${year}-${u.unitId}`} year={year} unit={u} />
        ))}
      </div>
    </div>
  );
}
