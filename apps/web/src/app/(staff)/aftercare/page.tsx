import { Badge, Card, EmptyState, PageHeader, Table, Td, Th } from "@crm/ui";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { FilterTabs } from "~/components/filter-tabs";
import { formatters } from "~/components/format";
import { StageBadge } from "~/components/stage-badge";
import { staffApi } from "~/server/guard";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("aftercare") };
}

/** 稳商留商: projects in production or operation, the next service visit, and those at risk. */
export default async function AftercarePage({ searchParams }: { searchParams: Promise<{ risk?: string }> }) {
  const { api } = await staffApi("project.read");
  const atRisk = (await searchParams).risk === "1";
  const rows = await api.aftercare.list({ atRisk });
  const t = await getTranslations();
  const f = formatters(await getLocale());
  return (
    <div className="space-y-4">
      <PageHeader title={t("nav.aftercare")} description={t("aftercare.hint")} />
      <FilterTabs
        label={t("requests.filter")}
        items={[
          { href: "/aftercare", label: t("aftercare.all"), current: !atRisk },
          { href: "/aftercare?risk=1", label: t("aftercare.atRisk"), current: atRisk },
        ]}
      />
      {rows.length === 0 ? (
        <EmptyState title={atRisk ? t("aftercare.noneAtRisk") : t("aftercare.none")} />
      ) : (
        <Card>
          <Table>
            <thead className="bg-slate-50">
              <tr>
                <Th>{t("projects.name")}</Th>
                <Th className="hidden md:table-cell">{t("aftercare.unit")}</Th>
                <Th>{t("aftercare.lastVisit")}</Th>
                <Th>{t("aftercare.nextVisit")}</Th>
                <Th>{t("aftercare.risk")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((p) => (
                <tr key={p.id}>
                  <Td>
                    <Link href={`/projects/${p.id}`} className="font-medium text-brand-700 hover:underline">
                      {p.name}
                    </Link>
                    <div className="mt-0.5">
                      <StageBadge stage={p.stage} />
                    </div>
                  </Td>
                  <Td className="hidden md:table-cell">{p.unit}</Td>
                  <Td className="tabular-nums">{f.date(p.lastVisitOn)}</Td>
                  <Td className="tabular-nums">
                    {p.visitOverdue ? (
                      <Badge tone="red">{t("aftercare.visitDue", { date: f.date(p.nextVisitDue) })}</Badge>
                    ) : (
                      f.date(p.nextVisitDue)
                    )}
                  </Td>
                  <Td className="max-w-72 whitespace-normal">
                    {p.riskKind ? (
                      <>
                        <Badge tone="red">{t(`aftercare.kinds.${p.riskKind}`)}</Badge>
                        <p className="mt-1 text-xs text-slate-600">{p.riskNote}</p>
                        <p className="text-xs text-slate-500">{t("aftercare.since", { date: f.date(p.riskSince) })}</p>
                      </>
                    ) : (
                      <span className="text-sm text-slate-500">—</span>
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
      )}
    </div>
  );
}
