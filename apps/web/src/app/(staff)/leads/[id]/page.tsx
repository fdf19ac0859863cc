import { can, isLanded } from "@crm/domain";
import { Card, CardBody, CardHeader, Fact, FactList, PageHeader } from "@crm/ui";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { MatchPanel } from "~/components/carrier/match-panel";
import { FollowUpForm } from "~/components/follow-up/follow-up-form";
import { formatters } from "~/components/format";
import { LeadStatusBadge } from "~/components/lead-status-badge";
import { StageBadge } from "~/components/stage-badge";
import { idParam, orNotFound, staffApi } from "~/server/guard";

import { LeadActions } from "./lead-actions";

export default async function LeadPage({ params }: { params: Promise<{ id: string }> }) {
  const id = idParam((await params).id);
  const { api, user } = await staffApi("lead.read");
  const lead = await orNotFound(api.lead.byId({ id }));
  const open = lead.status === "new" || lead.status === "assigned";
  const handles = lead.can.handle;
  const matches = can(user.role, "opportunity.read");
  const [assignees, chains, zones] = await Promise.all([
    lead.can.assign ? api.org.assignees() : [],
    handles ? api.org.chains() : [],
    matches ? api.org.zones() : [],
  ]);
  const t = await getTranslations();
  const f = formatters(await getLocale());
  const facts: [string, React.ReactNode][] = [
    [t("leads.source"), t(`leadSource.${lead.source}`)],
    [t("leads.reportedOn"), f.date(lead.reportedOn)],
    [t("projects.chain"), lead.chain ?? "—"],
    [t("leads.intendedInvestment"), f.wan(lead.intendedAmount)],
    [t("leads.assignee"), lead.assignee?.name ?? "—"],
    [
      t("leads.dueOn"),
      <span key="due" className={lead.overdue ? "font-medium text-red-700" : undefined}>
        {f.date(lead.dueOn)}
        {lead.overdue ? ` · ${t("todo.overdue")}` : ""}
      </span>,
    ],
    [t("leads.contactName"), lead.contactName ?? "—"],
    [t("leads.contactPhone"), lead.contactPhone ?? "—"],
    [t("projects.creditCode"), lead.creditCode ?? "—"],
  ];
  return (
    <div className="space-y-6">
      <PageHeader
        back={
          <Link href="/leads" className="text-sm text-slate-500 hover:text-brand-700">
            ← {t("nav.leads")}
          </Link>
        }
        title={lead.enterpriseName}
        badges={<LeadStatusBadge status={lead.status} />}
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <CardHeader title={t("leads.details")} />
            <CardBody className="space-y-4">
              <FactList>
                {facts.map(([k, v]) => (
                  <Fact key={k} term={k}>
                    {v}
                  </Fact>
                ))}
              </FactList>
              {lead.notes ? <p className="text-sm text-slate-700">{lead.notes}</p> : null}
              {lead.dropReason ? (
                <p className="text-sm text-slate-700">{t("leads.dropReasonLine", { reason: lead.dropReason })}</p>
              ) : null}
              {lead.project ? (
                <p className="flex items-center gap-2 text-sm">
                  {t("leads.becameProject")}
                  <Link href={`/projects/${lead.project.id}`} className="font-medium text-brand-700 hover:underline">
                    {lead.project.name}
                  </Link>
                  <StageBadge stage={lead.project.stage} />
                </p>
              ) : null}
            </CardBody>
          </Card>
          <Card>
            <CardHeader title={t("leads.reporters")} description={t("leads.reportersHint")} />
            <CardBody>
              <ul className="space-y-1 text-sm">
                {lead.reporters.map((r) => (
                  <li key={`${r.unit}-${r.reportedOn}`}>
                    {r.unit} · {r.person} · {f.date(r.reportedOn)}
                  </li>
                ))}
              </ul>
            </CardBody>
          </Card>
        </div>
        <div className="space-y-6">
          {open && (assignees.length || handles) ? (
            <LeadActions
              lead={{
                id: lead.id,
                version: lead.version,
                enterpriseName: lead.enterpriseName,
                assigneeUnitId: lead.assigneeUnitId,
                intendedAmount: lead.intendedAmount,
                chainId: lead.chainId,
              }}
              assignees={assignees}
              zones={lead.can.convertInto}
              chains={chains}
              canConvert={handles}
            />
          ) : null}
          {handles ? (
            <Card>
              <CardHeader title={t("followUps.title")} description={t("followUps.internal")} />
              <CardBody>
                <FollowUpForm subject={{ leadId: lead.id }} />
              </CardBody>
            </Card>
          ) : null}
          {lead.followUps.length ? (
            <Card>
              <CardHeader title={t("projects.history")} />
              <CardBody>
                <ul className="space-y-3 text-sm">
                  {lead.followUps.map((fu) => (
                    <li key={fu.id}>
                      <p className="text-xs text-slate-500">
                        {f.date(fu.occurredOn)} · {t(`followUps.kinds.${fu.kind}`)} · {fu.author}
                      </p>
                      <p>{fu.summary}</p>
                    </li>
                  ))}
                </ul>
              </CardBody>
            </Card>
          ) : null}
          {matches ? (
            <MatchPanel
              subject={{ leadId: lead.id }}
              zones={zones}
              defaults={{
                // The zone it was assigned to, and its chain as the use to look for.
                zoneId: zones.find((z) => z.id === lead.assigneeUnitId)?.id ?? "",
                use: lead.chain ?? "",
              }}
              landed={lead.project ? isLanded(lead.project.stage) : false}
            />
          ) : null}
        </div>
      </div>
    </div>
  );
}
