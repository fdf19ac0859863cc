import { can } from "@crm/domain";
import { PageHeader } from "@crm/ui";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { parseListState } from "~/lib/project-list-params";
import { staffApi } from "~/server/guard";

import { BoardView } from "./board-view";

export async function generateMetadata() {
  return { title: (await getTranslations("projects"))("boardTitle") };
}

export default async function BoardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { user, api } = await staffApi("project.read");
  const { sort: _s, dir: _d, ...filter } = parseListState(await searchParams);
  const board = await api.project.board(filter);
  const t = await getTranslations("projects");
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("boardTitle")}
        actions={
          <Link href="/projects" className="text-sm font-medium text-brand-700 hover:underline">
            {t("listView")}
          </Link>
        }
      />
      <p className="text-sm text-slate-500">
        {can(user.role, "project.stage") ? t("boardHint") : t("boardHintReadOnly")}
      </p>
      <BoardView columns={board} canMove={can(user.role, "project.stage")} />
    </div>
  );
}
