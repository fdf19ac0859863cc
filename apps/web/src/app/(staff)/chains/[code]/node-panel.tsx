"use client";

import { Badge, Card, CardBody, CardHeader, ErrorAlert, Skeleton } from "@crm/ui";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import Link from "next/link";

import { StageBadge } from "~/components/stage-badge";
import type { ChainMapData } from "~/lib/chain-layout";
import { errorKey } from "~/trpc/errors";
import { useTRPC } from "~/trpc/react";

import { NodeEditor } from "./editor";
import { StrengthMark } from "./strength-mark";
import type { NodeData } from "./types";

function Section({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) {
  return (
    <section className="space-y-1" data-testid={testId}>
      <h3 className="text-sm font-semibold text-slate-800">{title}</h3>
      {children}
    </section>
  );
}

/**
 * A node's panel: its strength and the rule's inputs (or the bureau's override and reason), the
 * enterprises here, the projects by stage, the targets, the carriers suited to it, and for a weak or
 * missing node the gap loop: its targets, the leads raised from them, their projects and stages.
 */
export function NodePanel({
  nodeId,
  map,
  editing,
  onRetired,
}: {
  nodeId: string;
  map: ChainMapData;
  editing: boolean;
  onRetired: () => void;
}) {
  const t = useTranslations("chainMap");
  const tAll = useTranslations();
  const trpc = useTRPC();
  const q = useQuery(trpc.chain.node.queryOptions({ nodeId }));
  if (q.error) return <ErrorAlert>{tAll(`errors.${errorKey(q.error)}`)}</ErrorAlert>;
  const d: NodeData | undefined = q.data;
  if (!d)
    return (
      <Card>
        <CardBody className="space-y-2">
          <Skeleton />
          <Skeleton />
        </CardBody>
      </Card>
    );
  const s = d.strength;
  const gapLoop = s.strength !== "strong" && d.targets !== null;
  return (
    <Card data-testid="node-panel">
      <CardHeader
        title={
          <span className="flex flex-wrap items-center gap-2">
            {d.node.name}
            <StrengthMark strength={s.strength} />
            {d.node.retired ? <Badge tone="gray">{t("retired")}</Badge> : null}
          </span>
        }
        description={`${d.node.chainName} · ${t(`tier.${d.node.tier}`)}`}
      />
      <CardBody className="space-y-4">
        <p className="text-sm text-slate-700" data-testid="strength-rule">
          {t("rule", { n: s.inputs.enterprises, large: s.inputs.large, derived: t(`strength.${s.derived}`) })}
          {s.override ? (
            <> {t("overridden", { strength: t(`strength.${s.override.strength}`), reason: s.override.reason })}</>
          ) : null}
        </p>
        <Section title={t("enterprisesHere", { n: d.enterprises.length })} testId="panel-enterprises">
          {d.enterprises.length ? (
            <ul className="list-disc pl-5 text-sm">
              {d.enterprises.map((e, i) => (
                <li key={e.id ?? `hidden-${i}`}>
                  {e.id ? (
                    <Link className="text-blue-700 hover:underline" href={`/enterprises/${e.id}`}>
                      {e.name}
                    </Link>
                  ) : (
                    e.name
                  )}
                  {e.large ? <span className="ml-1 text-xs text-slate-500">{t("large")}</span> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-500">{t("noEnterprises")}</p>
          )}
        </Section>
        <Section title={t("projectsHere", { n: d.projects.length + d.otherProjects })} testId="panel-projects">
          {d.projects.length ? (
            <ul className="space-y-1 text-sm">
              {d.projects.map((p) => (
                <li key={p.id} className="flex flex-wrap items-center gap-2">
                  <Link className="text-blue-700 hover:underline" href={`/projects/${p.id}`}>
                    {p.name}
                  </Link>
                  <StageBadge stage={p.stage} />
                  {p.confidential ? <Badge tone="gray">{t("codeName")}</Badge> : null}
                </li>
              ))}
            </ul>
          ) : d.otherProjects ? null : (
            <p className="text-sm text-slate-500">{t("noProjects")}</p>
          )}
          {d.otherProjects ? (
            <p className="mt-1 text-sm text-slate-600">{t("otherProjects", { n: d.otherProjects })}</p>
          ) : null}
        </Section>
        {d.targets !== null ? (
          <Section title={t("targetsHere", { n: d.targets.length })} testId="panel-targets">
            {d.gap ? (
              <p className="text-sm text-slate-700" data-testid="gap-funnel">
                {t("gapLine", { ...d.gap })}
              </p>
            ) : null}
            {d.targets.length ? (
              <ul className="space-y-1 text-sm">
                {d.targets.map((x) => (
                  <li key={x.id} className="flex flex-wrap items-center gap-2">
                    <span className="font-medium">{x.name}</span>
                    <Badge tone="gray">{t(`size.${x.sizeBand}`)}</Badge>
                    {gapLoop ? (
                      <>
                        <span aria-hidden>→</span>
                        {x.lead ? (
                          <span>{t("leadRaised")}</span>
                        ) : (
                          <span className="text-slate-500">{t("noLead")}</span>
                        )}
                        {x.project ? (
                          <>
                            <span aria-hidden>→</span>
                            <Link className="text-blue-700 hover:underline" href={`/projects/${x.project.id}`}>
                              {x.project.name}
                            </Link>
                            <StageBadge stage={x.project.stage} />
                          </>
                        ) : null}
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-500">{t("noTargets")}</p>
            )}
          </Section>
        ) : null}
        <Section title={t("carriersHere", { n: d.carrierCount })} testId="panel-carriers">
          {d.carriers?.length ? (
            <ul className="list-disc pl-5 text-sm">
              {d.carriers.map((c) => (
                <li key={c.id}>
                  {c.code} · {c.name}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-500">{d.carrierCount ? t("carriersCounted") : t("noCarriers")}</p>
          )}
        </Section>
        {(d.supplies.length > 0 || d.suppliedBy.length > 0) && (
          <p className="text-sm text-slate-600">
            {d.suppliedBy.length ? t("suppliedBy", { names: d.suppliedBy.map((n) => n.name).join("、") }) : null}{" "}
            {d.supplies.length ? t("supplies", { names: d.supplies.map((n) => n.name).join("、") }) : null}
          </p>
        )}
        {editing && !d.node.retired ? <NodeEditor data={d} map={map} onRetired={onRetired} /> : null}
      </CardBody>
    </Card>
  );
}
