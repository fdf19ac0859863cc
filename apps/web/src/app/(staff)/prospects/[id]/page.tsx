import { Badge, Card, CardBody, CardHeader, Fact, FactList, PageHeader } from "@crm/ui";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { formatters } from "~/components/format";
import { idParam, orNotFound, staffApi } from "~/server/guard";

import { ProspectForm } from "../prospect-form";
import { ScoreBreakdown } from "../score-breakdown";
import { StrengthBadge } from "../strength-badge";
import { ProspectActions } from "./prospect-actions";

export async function generateMetadata() {
  return { title: (await getTranslations("prospects"))("detail") };
}

const STATUS_TONE = { open: "blue", lead_raised: "green", dropped: "gray" } as const;

/** One target: its facts, the score's parts, and — for whoever keeps it — edit, confirm, drop, turn into a lead. */
export default async function ProspectPage({ params }: { params: Promise<{ id: string }> }) {
  const id = idParam((await params).id);
  const { api } = await staffApi("prospect.read");
  const p = await orNotFound(api.prospect.byId({ id }));
  const options = p.can.keep ? await api.prospect.options() : null;
  const t = await getTranslations();
  const f = formatters(await getLocale());
  const facts: [string, React.ReactNode][] = [
    [t("prospects.fields.chain"), p.chainName],
    [
      t("prospects.fields.node"),
      <span key="node" className="inline-flex items-center gap-1">
        {p.nodeName ?? t("prospects.strengths.none")} <StrengthBadge strength={p.node?.strength ?? null} />
      </span>,
    ],
    [t("prospects.fields.sizeBand"), t(`prospects.sizes.${p.sizeBand}`)],
    [
      t("prospects.fields.tags"),
      p.tags.length ? (
        <span key="tags" className="flex flex-wrap gap-1">
          {p.tags.map((tag) => (
            <Badge key={tag} tone="blue">
              {t(`prospects.tags.${tag}`)}
            </Badge>
          ))}
        </span>
      ) : (
        "—"
      ),
    ],
    [t("prospects.columns.region"), [p.hqRegion, p.hqCity].filter(Boolean).join(" · ") || "—"],
    [t("prospects.fields.tipSource"), p.tipSource ?? "—"],
    [t("prospects.fields.creditCode"), p.creditCode ?? "—"],
    [t("prospects.fields.contactName"), [p.contactName, p.contactPhone].filter(Boolean).join(" ") || "—"],
    [t("prospects.fields.owner"), p.ownerName],
    [
      t("prospects.columns.verifiedOn"),
      <span key="verified" className={p.stale ? "font-medium text-amber-800" : undefined}>
        {f.date(p.verifiedOn)}
      </span>,
    ],
    [t("prospects.fields.riskPoints"), p.riskNote ? `${p.riskPoints} · ${p.riskNote}` : p.riskPoints],
  ];
  return (
    <div className="space-y-6">
      <PageHeader
        back={
          <Link href="/prospects" className="text-sm text-slate-500 hover:text-brand-700">
            ← {t("prospects.back")}
          </Link>
        }
        title={p.name}
        badges={<Badge tone={STATUS_TONE[p.status]}>{t(`prospects.statuses.${p.status}`)}</Badge>}
      />
      {p.hidden ? <p className="text-sm text-slate-500">{t("prospects.hiddenName")}</p> : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <CardHeader title={t("prospects.score.total")} />
            <CardBody>
              <ScoreBreakdown score={p.score} detailed />
            </CardBody>
          </Card>
          <Card>
            <CardHeader title={t("prospects.detail")} />
            <CardBody className="space-y-3">
              <FactList>
                {facts.map(([k, v]) => (
                  <Fact key={k} term={k}>
                    {v}
                  </Fact>
                ))}
              </FactList>
              {p.notes ? <p className="text-sm whitespace-pre-line text-slate-700">{p.notes}</p> : null}
              {p.dropReason ? (
                <p className="text-sm text-slate-700">{t("prospects.raise.dropped", { reason: p.dropReason })}</p>
              ) : null}
              {p.lead ? (
                <p className="text-sm">
                  {t("prospects.raise.raised")}:{" "}
                  <Link href={`/leads/${p.lead.id}`} className="font-medium text-brand-700 hover:underline">
                    {t("prospects.raise.open")}
                  </Link>
                </p>
              ) : null}
              {!p.can.edit && p.status === "open" ? (
                <p className="text-sm text-slate-500">{t("prospects.readOnly", { owner: p.ownerName })}</p>
              ) : null}
            </CardBody>
          </Card>
          {p.can.edit && options ? (
            <Card>
              <CardHeader title={t("prospects.edit")} />
              <CardBody>
                <ProspectForm
                  options={options}
                  initial={{
                    id: p.id,
                    version: p.version,
                    values: {
                      name: p.name,
                      creditCode: p.creditCode ?? "",
                      chainId: p.chainId,
                      nodeId: p.nodeId,
                      sizeBand: p.sizeBand,
                      tags: p.tags,
                      hqRegion: p.hqRegion ?? "",
                      hqCity: p.hqCity ?? "",
                      tipSource: p.tipSource ?? "",
                      riskPoints: p.riskPoints,
                      riskNote: p.riskNote ?? "",
                      contactName: p.contactName ?? "",
                      contactPhone: p.contactPhone ?? "",
                      notes: p.notes ?? "",
                      ownerUnitId: p.ownerUnitId,
                    },
                  }}
                />
              </CardBody>
            </Card>
          ) : null}
        </div>
        {p.can.keep && options ? (
          // On a phone the actions come before the long edit form; beside it from lg up.
          <div className="order-first space-y-6 lg:order-none">
            <ProspectActions
              prospect={{ id: p.id, version: p.version, ownerUnitId: p.ownerUnitId, stale: p.stale }}
              zones={options.zones}
              canRaise={p.can.raiseLead}
              open={p.status === "open"}
            />
          </div>
        ) : null}
      </div>
    </div>
  );
}
