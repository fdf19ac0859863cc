"use client";

import { CHAIN_TIERS, type ChainStrength } from "@crm/domain";
import { Button, Card, CardBody, CardHeader, Chart, ScrollRegion } from "@crm/ui";
import { useTranslations } from "next-intl";
import { useMemo, useRef, useState } from "react";

import type { ChainLayout, ChainMapData } from "~/lib/chain-layout";
import { chainMapOption, type MapWords } from "~/lib/chain-map-option";

import { AddNodeForm } from "./editor";
import { NodePanel } from "./node-panel";
import { StrengthMark } from "./strength-mark";

const STRENGTHS: ChainStrength[] = ["strong", "weak", "missing"];

/**
 * The map: the ECharts graph at the layout's own size (scrolls sideways on a phone), a legend, and
 * beside it the same nodes as a list of buttons by tier — the keyboard's and the screen reader's way
 * in (as the cockpit's charts have their summaries). A click on a node, or Enter on its button,
 * opens its panel.
 */
export function ChainMapView({ map, layout, canEdit }: { map: ChainMapData; layout: ChainLayout; canEdit: boolean }) {
  const t = useTranslations("chainMap");
  const [selected, setSelected] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const words: MapWords = useMemo(
    () => ({
      tier: { upstream: t("tier.upstream"), midstream: t("tier.midstream"), downstream: t("tier.downstream") },
      strength: { strong: t("strength.strong"), weak: t("strength.weak"), missing: t("strength.missing") },
      nodeLine: (strength, n) => t("nodeLine", { strength, n }),
    }),
    [t],
  );
  const option = useMemo(() => chainMapOption(map, layout, words), [map, layout, words]);
  const open = (id: string) => {
    setSelected(id);
    requestAnimationFrame(() => panel.current?.scrollIntoView({ behavior: "smooth", block: "start" }));
  };
  const summary = t("summary", {
    chain: map.chain.name,
    n: map.nodes.length,
    strong: map.nodes.filter((n) => n.strength.strength === "strong").length,
    weak: map.nodes.filter((n) => n.strength.strength === "weak").length,
    missing: map.nodes.filter((n) => n.strength.strength === "missing").length,
  });
  const children = (id: string) => map.nodes.filter((n) => n.parentId === id);
  const nodeButton = (n: ChainMapData["nodes"][number], sub = false) => (
    <li key={n.id} className={sub ? "ml-4" : undefined}>
      <button
        type="button"
        data-testid={`node-${n.name}`}
        aria-pressed={selected === n.id}
        onClick={() => open(n.id)}
        className="flex w-full flex-wrap items-center justify-between gap-2 rounded px-2 py-1.5 text-left text-sm hover:bg-slate-100 focus:outline-2 focus:outline-blue-600 aria-pressed:bg-blue-50"
      >
        <span className={n.retired ? "text-slate-500 line-through" : "text-slate-900"}>
          {sub ? "↳ " : ""}
          {n.name}
        </span>
        <span className="flex items-center gap-2 text-xs text-slate-600">
          <StrengthMark strength={n.strength.strength} />
          {t("enterprisesN", { n: n.counts.enterprises })}
        </span>
      </button>
      {children(n.id).length ? <ul>{children(n.id).map((c) => nodeButton(c, true))}</ul> : null}
    </li>
  );
  return (
    <div className="space-y-4">
      <Card>
        <CardHeader
          title={t("mapCard")}
          action={
            canEdit ? (
              <Button
                size="sm"
                variant={editing ? "primary" : "secondary"}
                aria-pressed={editing}
                onClick={() => setEditing((e) => !e)}
              >
                {editing ? t("edit.done") : t("edit.start")}
              </Button>
            ) : null
          }
        />
        <CardBody className="space-y-3">
          <p className="text-sm text-slate-600">{summary}</p>
          <div className="flex flex-wrap items-center gap-4 text-sm" aria-label={t("legend")}>
            {STRENGTHS.map((s) => (
              <span key={s} className="inline-flex items-center gap-1">
                <StrengthMark strength={s} />
                <span className="text-slate-600">{t(`strengthMeaning.${s}`)}</span>
              </span>
            ))}
          </div>
          <p className="text-xs text-slate-600">{t("scrollHint")}</p>
          <ScrollRegion label={summary} className="rounded border border-slate-200" data-testid="chain-map">
            <Chart
              option={option}
              label={summary}
              style={{ width: layout.width, height: layout.height }}
              className="h-auto w-auto"
              onItemClick={({ dataIndex, dataType }) => {
                const node = map.nodes[dataIndex - layout.bands.length];
                if (dataType === "node" && node) open(node.id);
              }}
            />
          </ScrollRegion>
          {editing ? <AddNodeForm map={map} /> : null}
        </CardBody>
      </Card>
      <div className="grid gap-4 lg:grid-cols-[20rem_1fr]">
        <Card>
          <CardHeader title={t("nodeList")} />
          <CardBody className="space-y-3">
            {CHAIN_TIERS.map((tier) => (
              <nav key={tier} aria-label={t(`tier.${tier}`)}>
                <h3 className="text-sm font-semibold text-slate-700">{t(`tier.${tier}`)}</h3>
                <ul>{map.nodes.filter((n) => n.tier === tier && !n.parentId).map((n) => nodeButton(n))}</ul>
              </nav>
            ))}
          </CardBody>
        </Card>
        <div ref={panel} aria-live="polite">
          {selected ? (
            <NodePanel nodeId={selected} map={map} editing={canEdit && editing} onRetired={() => setSelected(null)} />
          ) : (
            <Card>
              <CardBody>
                <p className="text-sm text-slate-500">{t("pickNode")}</p>
              </CardBody>
            </Card>
          )}
        </div>
      </div>
    </div>
  );
}
