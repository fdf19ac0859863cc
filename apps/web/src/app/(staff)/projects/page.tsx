import { DISTRICT_WIDE_ROLES, StageSchema, Uuid } from "@crm/domain";
import { Card, EmptyState, Table, Td, Th } from "@crm/ui";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { z } from "zod";

import { formatters } from "~/components/format";
import { StageBadge } from "~/components/stage-badge";
import { staffApi } from "~/server/guard";

import { ProjectFilters } from "./filters";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("projects") };
}

const Params = z.object({
  stage: StageSchema.optional().catch(undefined),
  zoneId: Uuid.optional().catch(undefined),
  after: z.string().max(100).optional().catch(undefined),
});

/** `after` carries the keyset cursor as "updatedAt|id". */
function parseCursor(after: string | undefined) {
  const [updatedAt, id] = after?.split("|") ?? [];
  return updatedAt && id && Uuid.safeParse(id).success ? { updatedAt, id } : undefined;
}

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = Params.parse(await searchParams);
  const { api: caller } = await staffApi("project.read");
  const [page, me, zones] = await Promise.all([
    caller.project.list({ stage: params.stage, zoneId: params.zoneId, cursor: parseCursor(params.after), limit: 50 }),
    caller.account.me(),
    caller.org.zones(),
  ]);
  const t = await getTranslations();
  const f = formatters(await getLocale());
  const query = new URLSearchParams(Object.entries({ stage: params.stage, zoneId: params.zoneId }).filter((e): e is [string, string] => !!e[1]));
  if (page.nextCursor) query.set("after", `${page.nextCursor.updatedAt}|${page.nextCursor.id}`);

  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold text-slate-900">{t("nav.projects")}</h1>
      <ProjectFilters zones={DISTRICT_WIDE_ROLES.includes(me.role) ? zones : []} stage={params.stage} zoneId={params.zoneId} />
      <Card>
        {page.items.length === 0 ? (
          <div className="p-5">
            <EmptyState title={t("projects.empty")} description={t("projects.emptyHint")} />
          </div>
        ) : (
          <Table>
            <thead className="bg-slate-50">
              <tr>
                <Th>{t("projects.name")}</Th>
                <Th className="hidden md:table-cell">{t("projects.enterprise")}</Th>
                <Th>{t("projects.zone")}</Th>
                <Th>{t("projects.stage")}</Th>
                <Th className="text-right">{t("projects.signedAmount")}</Th>
                <Th className="hidden sm:table-cell">{t("projects.signedOn")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {page.items.map((p) => (
                <tr key={p.id} className="hover:bg-slate-50">
                  <Td className="max-w-72 truncate font-medium">
                    <Link href={`/projects/${p.id}`} className="hover:text-brand-700">
                      {p.name}
                    </Link>
                  </Td>
                  <Td className="hidden max-w-64 truncate text-slate-600 md:table-cell">{p.enterpriseName ?? t("projects.confidential")}</Td>
                  <Td>{p.zoneName}</Td>
                  <Td>
                    <StageBadge stage={p.stage} />
                  </Td>
                  <Td className="text-right tabular-nums">{f.wan(p.signedAmount)}</Td>
                  <Td className="hidden sm:table-cell">{f.date(p.signedOn)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
      <div className="flex justify-between text-sm">
        {params.after ? (
          <Link className="text-brand-700 hover:underline" href={`/projects?${new URLSearchParams(Object.entries({ stage: params.stage, zoneId: params.zoneId }).filter((e): e is [string, string] => !!e[1]))}`}>
            {t("projects.firstPage")}
          </Link>
        ) : (
          <span />
        )}
        {page.nextCursor ? (
          <Link className="text-brand-700 hover:underline" href={`/projects?${query}`}>
            {t("projects.nextPage")}
          </Link>
        ) : null}
      </div>
    </div>
  );
}
