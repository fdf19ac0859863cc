import { can } from "@crm/domain";
import { PageHeader } from "@crm/ui";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { carrierSearchParams, parseCarrierState } from "~/lib/carrier-list-params";
import { staffApi } from "~/server/guard";

import { ByZone } from "./by-zone";
import { CarriersView } from "./carriers-view";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("opportunities") };
}

/** 机会清单: the carriers, as a filtered list or by zone with their derived vacancy. */
export default async function OpportunitiesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { api, user } = await staffApi("opportunity.read");
  const state = parseCarrierState(await searchParams);
  const [zones, chains] = await Promise.all([api.org.zones(), api.org.chains()]);
  const t = await getTranslations();
  const tab = (view: "zones" | undefined, label: string) => (
    <Link
      href={`/opportunities?${carrierSearchParams({ ...state, view })}`}
      aria-current={state.view === view ? "page" : undefined}
      className={
        state.view === view
          ? "rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white"
          : "rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"
      }
    >
      {label}
    </Link>
  );
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("carriers.title")}
        description={t("carriers.description")}
        actions={
          <div className="flex flex-wrap gap-2">
            <nav aria-label={t("carriers.title")} className="flex gap-2">
              {tab(undefined, t("carriers.viewList"))}
              {tab("zones", t("carriers.viewZones"))}
            </nav>
            {can(user.role, "opportunity.write") ? (
              <Link
                href="/opportunities/new"
                className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700"
              >
                {t("carriers.new")}
              </Link>
            ) : null}
          </div>
        }
      />
      {state.view === "zones" ? (
        <ByZone data={await api.carrier.byZone()} />
      ) : (
        <CarriersView
          state={state}
          zones={zones}
          chains={chains}
          mayImport={can(user.role, "opportunity.write") && can(user.role, "lead.write")}
        />
      )}
    </div>
  );
}
