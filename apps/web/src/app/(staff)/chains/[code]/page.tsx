import { can } from "@crm/domain";
import { PageHeader } from "@crm/ui";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";

import { layoutChainMap } from "~/lib/chain-layout";
import { orNotFound, staffApi } from "~/server/guard";

import { ChainMapView } from "./map-view";

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }) {
  const t = await getTranslations("chainMap");
  return { title: `${t("title")} · ${(await params).code}` };
}

/**
 * One chain's map: drawn from elkjs' layered layout (run here, on the server, so the page and the
 * exports agree), each node's panel on a click or from the node list, the bureau's edits in edit mode.
 */
export default async function ChainMapPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ retired?: string }>;
}) {
  const { code } = await params;
  if (!/^[a-z][a-z0-9_]{1,39}$/.test(code)) notFound();
  const { api, user } = await staffApi("chain.read");
  const includeRetired = (await searchParams).retired === "1";
  const map = await orNotFound(api.chain.map({ code, includeRetired }));
  const layout = await layoutChainMap(map);
  const t = await getTranslations("chainMap");
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("mapTitle", { chain: map.chain.name })}
        description={t("mapHint")}
        actions={
          <div className="flex flex-wrap gap-2 text-sm">
            <Link className="text-blue-700 hover:underline" href="/chains">
              {t("backToList")}
            </Link>
            {(["png", "svg", "pdf"] as const).map((ext) => (
              <a
                key={ext}
                className="rounded border border-slate-300 px-2 py-1 text-slate-700 hover:bg-slate-50"
                href={`/api/chains/${map.chain.code}/${ext}`}
                download
                data-testid={`export-${ext}`}
              >
                {t(`export.${ext}`)}
              </a>
            ))}
            <Link
              className="text-blue-700 hover:underline"
              href={includeRetired ? `/chains/${map.chain.code}` : `/chains/${map.chain.code}?retired=1`}
            >
              {includeRetired ? t("hideRetired") : t("showRetired")}
            </Link>
          </div>
        }
      />
      <ChainMapView map={map} layout={layout} canEdit={can(user.role, "chain.write")} />
    </div>
  );
}
