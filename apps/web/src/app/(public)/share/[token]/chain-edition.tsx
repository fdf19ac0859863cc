import type { investorEdition } from "@crm/api";
import { CHAIN_TIERS } from "@crm/domain";
import { EmptyState } from "@crm/ui";
import { getTranslations } from "next-intl/server";

import type { MapShape } from "~/lib/chain-layout";
import { chainMapSvg } from "~/server/chain-map-export";

type Edition = NonNullable<Awaited<ReturnType<typeof investorEdition>>>;
type ChainMap = Extract<Edition, { kind: "chain" }>["map"];

/**
 * A chain map for investors: the whole map drawn as the exports draw it (ECharts' server-side SVG,
 * so it prints and opens without script), then each tier's nodes in words — strength, how many
 * enterprises are here, the carriers on offer that suit it — for readers of the text and screen
 * readers alike.
 */
export async function ChainEdition({ map }: { map: ChainMap }) {
  const t = await getTranslations("share.chain");
  if (!map.nodes.length) return <EmptyState title={t("empty")} />;
  const shape: MapShape = {
    chain: map.chain,
    nodes: map.nodes.map((n) => ({ ...n, strength: { strength: n.strength }, counts: { enterprises: n.enterprises } })),
    links: map.links,
  };
  const { svg } = await chainMapSvg(shape);
  const children = (id: string) => map.nodes.filter((n) => n.parentId === id);
  const nodeItem = (n: ChainMap["nodes"][number], sub = false) => (
    <li key={n.id} className={sub ? "ml-4 break-inside-avoid" : "break-inside-avoid"}>
      <p className="text-sm">
        <span className="font-medium text-slate-900">
          {sub ? "↳ " : ""}
          {n.name}
        </span>
        <span className="ml-2 text-slate-700">
          {t(`strength.${n.strength}`)} · {t("enterprises", { n: n.enterprises })}
        </span>
      </p>
      {n.carriers.length ? (
        <p className="mt-0.5 text-xs text-slate-600">
          {t("carriers")}
          {n.carriers.map((c) => `${c.name}（${c.zone}）`).join("、")}
        </p>
      ) : null}
      {children(n.id).length ? (
        <ul className="mt-1 space-y-1">{children(n.id).map((c) => nodeItem(c, true))}</ul>
      ) : null}
    </li>
  );
  return (
    <div className="space-y-6">
      <figure className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <div
          role="img"
          aria-label={t("figure", { chain: map.chain.name, n: map.nodes.length })}
          className="min-w-[640px] [&_svg]:h-auto [&_svg]:w-full"
          // ECharts' own SVG of the edition's data (names are escaped by its renderer).
          dangerouslySetInnerHTML={{ __html: svg }}
        />
      </figure>
      <div className="grid gap-4 md:grid-cols-3">
        {CHAIN_TIERS.map((tier) => (
          <section key={tier} aria-labelledby={`tier-${tier}`} className="space-y-2">
            <h2 id={`tier-${tier}`} className="text-lg font-semibold text-slate-900">
              {t(`tier.${tier}`)}
            </h2>
            <ul className="space-y-2">
              {map.nodes.filter((n) => n.tier === tier && !n.parentId).map((n) => nodeItem(n))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
