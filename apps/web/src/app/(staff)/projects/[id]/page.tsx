import { Uuid } from "@crm/domain";
import { Badge, Card, CardBody, CardHeader } from "@crm/ui";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";

import { formatters } from "~/components/format";
import { StageBadge } from "~/components/stage-badge";
import { staffApi } from "~/server/guard";

export default async function ProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!Uuid.safeParse(id).success) notFound();
  const { api } = await staffApi("project.read");
  const project = await api.project.byId({ id }).catch((e: { code?: string }) => {
    if (e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const t = await getTranslations();
  const f = formatters(await getLocale());
  const fields: [string, string | number | null][] = [
    [t("projects.enterprise"), project.enterprise?.name ?? t("projects.confidential")],
    [t("projects.zone"), project.zone?.name ?? null],
    [t("projects.serviceContact"), project.serviceContact ? `${project.serviceContact.name} ${project.serviceContact.mobile ?? ""}` : null],
    [t("projects.plannedAmount"), f.wan(project.plannedAmount)],
    [t("projects.signedAmount"), f.wan(project.signedAmount)],
    [t("projects.investedAmount"), f.wan(project.investedAmount)],
    [t("projects.landArea"), project.landArea ? t("projects.mu", { n: project.landArea }) : null],
    [t("projects.jobs"), project.jobs],
    [t("projects.signedOn"), f.date(project.signedOn)],
    [t("projects.registeredOn"), f.date(project.registeredOn)],
    [t("projects.constructionStartedOn"), f.date(project.constructionStartedOn)],
    [t("projects.productionStartedOn"), f.date(project.productionStartedOn)],
    [t("projects.operatingSince"), f.date(project.operatingSince)],
  ];
  return (
    <div className="space-y-6">
      <div>
        <Link href="/projects" className="text-sm text-slate-500 hover:text-brand-700">
          ← {t("nav.projects")}
        </Link>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="text-xl font-semibold text-slate-900">{project.name}</h1>
          <StageBadge stage={project.stage} />
          {project.tags.map((tag) => (
            <Badge key={tag} tone="amber">
              {t(`projectTags.${tag as "fortune500" | "key"}`)}
            </Badge>
          ))}
          {project.confidential ? <Badge tone="gray">{t("projects.codeNameShown")}</Badge> : null}
        </div>
        {project.constructionContent ? <p className="mt-2 max-w-3xl text-sm text-slate-600">{project.constructionContent}</p> : null}
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader title={t("projects.details")} />
          <CardBody>
            <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-2">
              {fields.map(([label, value]) => (
                <div key={label}>
                  <dt className="text-xs text-slate-500">{label}</dt>
                  <dd className="text-sm text-slate-900">{value ?? "—"}</dd>
                </div>
              ))}
            </dl>
          </CardBody>
        </Card>
        <Card>
          <CardHeader title={t("projects.history")} />
          <CardBody>
            <ol className="relative space-y-4 border-l border-slate-200 pl-4">
              {project.history.map((e) => (
                <li key={e.id} className="text-sm">
                  <span className="absolute -left-1.5 mt-1.5 size-3 rounded-full bg-brand-600 ring-4 ring-white" aria-hidden />
                  <div className="flex flex-wrap items-center gap-2">
                    <StageBadge stage={e.to} />
                    <time className="text-xs text-slate-500" dateTime={e.on}>
                      {f.date(e.on)}
                    </time>
                  </div>
                  {e.note ? <p className="mt-1 text-slate-600">{e.note}</p> : null}
                  {e.actor ? <p className="text-xs text-slate-400">{e.actor}</p> : null}
                </li>
              ))}
            </ol>
          </CardBody>
        </Card>
      </div>
    </div>
  );
}
