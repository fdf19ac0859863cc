import { PREFERENCES } from "@crm/domain";
import { PageHeader } from "@crm/ui";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { staffApi } from "~/server/guard";
import { parseListState } from "~/lib/project-list-params";

import { ProjectsView } from "./projects-view";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("projects") };
}

export default async function ProjectsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { api } = await staffApi("project.read");
  const state = parseListState(await searchParams);
  const [{ zones }, chains, saved] = await Promise.all([
    api.project.filterOptions(),
    api.org.chains(),
    api.preference.get({ key: "projects.columns" }),
  ]);
  // One procedure reads every preference; this one is the list's columns.
  const columns = PREFERENCES["projects.columns"].safeParse(saved);
  const savedColumns = columns.success ? columns.data : null;
  const t = await getTranslations();
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("nav.projects")}
        actions={
          <Link href="/projects/board" className="text-sm font-medium text-brand-700 hover:underline">
            {t("projects.board")}
          </Link>
        }
      />
      <ProjectsView state={state} zones={zones} chains={chains} savedColumns={savedColumns} />
    </div>
  );
}
