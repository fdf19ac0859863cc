import { can, isLanded } from "@crm/domain";
import { Badge, Card, CardBody, CardHeader, Fact, FactList, PageHeader } from "@crm/ui";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { MatchPanel } from "~/components/carrier/match-panel";
import { FollowUpForm } from "~/components/follow-up/follow-up-form";
import { formatters } from "~/components/format";
import { HistoryList } from "~/components/history-list";
import { Tabs } from "~/components/tabs";
import { StageBadge } from "~/components/stage-badge";
import { idParam, orNotFound, staffApi } from "~/server/guard";

import { AftercareCard } from "./aftercare-card";
import { ApprovalsCard } from "./approvals-card";
import { AssignWork } from "./assign-work";
import { EditableChoice, EditableTags } from "./editable-choice";
import { EditableField, type PatchKey } from "./editable-field";
import { StageMove } from "./stage-move";
import { Timeline } from "./timeline";
import { WorkCard } from "./work-card";

export default async function ProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const id = idParam((await params).id);
  const { user, api } = await staffApi("project.read");
  const [project, timeline, history, chains, people, approvals, dictionary, work] = await orNotFound(
    Promise.all([
      api.project.byId({ id }),
      api.project.timeline({ id }),
      api.project.history({ id }),
      api.org.chains(),
      api.org.people(),
      api.approval.forProject({ projectId: id }),
      api.approval.dictionary(),
      api.project.work({ id }),
    ]),
  );
  const matches = can(user.role, "opportunity.read");
  const zones = matches ? await api.org.zones() : [];
  const t = await getTranslations();
  const f = formatters(await getLocale());
  const canEdit = can(user.role, "project.write");
  const canMove = can(user.role, "project.stage");
  const editable: [PatchKey, string, string | number | null, React.ReactNode, ("decimal" | "numeric")?][] = [
    ["plannedAmount", t("projects.plannedAmount"), project.plannedAmount, f.wan(project.plannedAmount), "decimal"],
    ["investedAmount", t("projects.investedAmount"), project.investedAmount, f.wan(project.investedAmount), "decimal"],
    [
      "landArea",
      t("projects.landArea"),
      project.landArea,
      project.landArea ? t("projects.mu", { n: project.landArea }) : null,
      "decimal",
    ],
    ["jobs", t("projects.jobs"), project.jobs, project.jobs, "numeric"],
    ...(!project.can.rename
      ? []
      : [
          ["codeName", t("projects.codeName"), project.codeName, project.codeName] as [
            PatchKey,
            string,
            string | null,
            React.ReactNode,
          ],
        ]),
  ];
  const fixed: [string, React.ReactNode][] = [
    [
      t("projects.enterprise"),
      project.enterprise ? (
        <Link href={`/enterprises/${project.enterprise.id}`} className="text-brand-700 hover:underline">
          {project.enterprise.name}
        </Link>
      ) : (
        t("projects.confidential")
      ),
    ],
    [t("projects.creditCode"), project.creditCode ?? "—"],
    [t("projects.zone"), project.zone?.name ?? "—"],
    [t("projects.signedAmount"), f.wan(project.signedAmount)],
    [t("projects.signedOn"), f.date(project.signedOn)],
    [t("projects.registeredOn"), f.date(project.registeredOn)],
    [t("projects.constructionStartedOn"), f.date(project.constructionStartedOn)],
    [t("projects.productionStartedOn"), f.date(project.productionStartedOn)],
    [t("projects.operatingSince"), f.date(project.operatingSince)],
    ...(work.lead
      ? [
          [
            t("projects.fromLead"),
            <Link key="lead" href={`/leads/${work.lead.id}`} className="text-brand-700 hover:underline">
              {t("projects.fromLeadLine", { date: f.date(work.lead.reportedOn) })}
            </Link>,
          ] as [string, React.ReactNode],
        ]
      : []),
  ];
  return (
    <div className="space-y-6">
      <PageHeader
        back={
          <Link href="/projects" className="text-sm text-slate-500 hover:text-brand-700">
            ← {t("nav.projects")}
          </Link>
        }
        title={project.name}
        badges={
          <>
            <StageBadge stage={project.stage} />
            {project.tags.map((tag) => (
              <Badge key={tag} tone="amber">
                {t(`projectTags.${tag}`)}
              </Badge>
            ))}
            {project.confidential ? <Badge tone="gray">{t("projects.codeNameShown")}</Badge> : null}
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <CardHeader title={t("projects.details")} />
            <CardBody>
              <FactList className="gap-y-4">
                <EditableField
                  projectId={project.id}
                  version={project.version}
                  field="name"
                  label={t("projects.name")}
                  value={project.name}
                  display={project.name}
                  canEdit={canEdit && project.can.rename}
                  wide
                />
                {fixed.map(([label, value]) => (
                  <Fact key={label} term={label}>
                    {value}
                  </Fact>
                ))}
                <EditableChoice
                  projectId={project.id}
                  version={project.version}
                  field="chainId"
                  label={t("projects.chain")}
                  value={project.chainId}
                  options={chains}
                  canEdit={canEdit}
                />
                <EditableChoice
                  projectId={project.id}
                  version={project.version}
                  field="serviceContactId"
                  label={t("projects.serviceContact")}
                  value={project.serviceContactId}
                  options={people.serviceContacts.filter((p) => p.unitId === project.responsibleUnitId)}
                  canEdit={canEdit}
                />
                <EditableChoice
                  projectId={project.id}
                  version={project.version}
                  field="responsibleLeaderId"
                  label={t("projects.responsibleLeader")}
                  value={project.responsibleLeaderId}
                  options={people.leaders.map((p) => ({ id: p.id, name: `${p.name}（${p.title ?? ""}）` }))}
                  canEdit={canEdit}
                />
                <EditableTags projectId={project.id} version={project.version} value={project.tags} canEdit={canEdit} />
                {editable.map(([field, label, value, display, mode]) => (
                  <EditableField
                    key={field}
                    projectId={project.id}
                    version={project.version}
                    field={field}
                    label={label}
                    value={value}
                    display={display}
                    canEdit={canEdit}
                    inputMode={mode}
                  />
                ))}
                <EditableField
                  projectId={project.id}
                  version={project.version}
                  field="constructionContent"
                  label={t("projects.constructionContent")}
                  value={project.constructionContent}
                  display={project.constructionContent}
                  canEdit={canEdit}
                  multiline
                  wide
                />
              </FactList>
            </CardBody>
          </Card>
          <WorkCard work={work} />
          <section id="approvals">
            <Card>
              <CardHeader title={t("approvals.title")} description={t("approvals.hint")} />
              <CardBody>
                <ApprovalsCard projectId={project.id} items={approvals} dictionary={dictionary} canPlan={canEdit} />
              </CardBody>
            </Card>
          </section>
          {canEdit ? (
            <Card>
              <CardHeader title={t("followUps.title")} description={t("followUps.internal")} />
              <CardBody>
                <FollowUpForm subject={{ projectId: project.id }} />
              </CardBody>
            </Card>
          ) : null}
        </div>
        <div className="space-y-6">
          {project.can.work ? (
            <Card>
              <CardHeader
                title={project.can.work === "instruction" ? t("tasks.instructTitle") : t("tasks.assignTitle")}
                description={t("tasks.toUnit", { unit: project.zone?.name ?? "" })}
              />
              <CardBody>
                <AssignWork projectId={project.id} unitId={project.responsibleUnitId} mode={project.can.work} />
              </CardBody>
            </Card>
          ) : null}
          {canEdit && (project.stage === "in_production" || project.stage === "operating") ? (
            <Card>
              <CardHeader title={t("aftercare.title")} description={t("aftercare.cardHint")} />
              <CardBody>
                <AftercareCard project={project} />
              </CardBody>
            </Card>
          ) : null}
          {can(user.role, "request.write") && project.enterprise ? (
            <Card>
              <CardHeader title={t("requests.onBehalf")} description={t("requests.onBehalfHint")} />
              <CardBody>
                <Link
                  href={`/requests/new?projectId=${project.id}`}
                  className="text-sm font-medium text-brand-700 hover:underline"
                >
                  {t("requests.raiseFor", { name: project.enterprise.name })} →
                </Link>
              </CardBody>
            </Card>
          ) : null}
          {canMove ? (
            <Card>
              <CardHeader title={t("stageMove.title")} />
              <CardBody>
                <StageMove project={project} />
              </CardBody>
            </Card>
          ) : null}
          <Card>
            <Tabs
              label={t("projects.history")}
              tabs={[
                { id: "timeline", label: t("projects.history"), content: <Timeline entries={timeline} /> },
                { id: "changes", label: t("history.title"), content: <HistoryList entries={history} /> },
              ]}
            />
          </Card>
          {matches ? (
            <MatchPanel
              subject={{ projectId: project.id }}
              zones={zones}
              defaults={{
                zoneId: project.zoneId,
                areaMu: project.landArea ?? "",
                use: chains.find((c) => c.id === project.chainId)?.name ?? "",
              }}
              landed={isLanded(project.stage)}
            />
          ) : null}
        </div>
      </div>
    </div>
  );
}
