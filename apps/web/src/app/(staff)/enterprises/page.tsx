import { Card, EmptyState, PageHeader, Table, Td, Th } from "@crm/ui";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { DrillNote } from "~/components/drill-note";
import { formatters } from "~/components/format";
import { dateParam, zoneAndChainParams } from "~/lib/drill-params";
import { staffApi } from "~/server/guard";

export async function generateMetadata() {
  return { title: (await getTranslations("enterprises"))("title") };
}

/** Enterprises in one's scope; a cockpit figure opens it narrowed to those that became 四上 in a year. */
export default async function EnterprisesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { api } = await staffApi("enterprise.read");
  const params = await searchParams;
  const q = typeof params.q === "string" ? params.q.trim().slice(0, 60) || undefined : undefined;
  const filter = {
    aboveScaleFrom: dateParam(params, "afrom"),
    aboveScaleTo: dateParam(params, "ato"),
    ...zoneAndChainParams(params),
    q,
  };
  const rows = await api.enterprise.list(filter);
  const t = await getTranslations();
  const f = formatters(await getLocale());
  const aboveScale = filter.aboveScaleFrom || filter.aboveScaleTo;
  return (
    <div className="space-y-4">
      <PageHeader title={t("enterprises.title")} description={t("enterprises.hint")} />
      <form className="flex max-w-md gap-2" role="search">
        {Object.entries({
          afrom: filter.aboveScaleFrom,
          ato: filter.aboveScaleTo,
          zone: filter.zoneId,
          chain: filter.chainId,
        }).map(([k, v]) => (v ? <input key={k} type="hidden" name={k} value={v} /> : null))}
        <input
          name="q"
          defaultValue={q}
          aria-label={t("enterprises.search")}
          placeholder={t("enterprises.search")}
          className="min-w-0 flex-1 rounded-md border-0 px-3 py-1.5 text-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-brand-600"
        />
        <button
          type="submit"
          className="rounded-md bg-white px-3 py-1.5 text-sm font-medium ring-1 ring-slate-300 ring-inset hover:bg-slate-50"
        >
          {t("common.search")}
        </button>
      </form>
      <DrillNote
        api={api}
        zoneId={filter.zoneId}
        chainId={filter.chainId}
        extra={
          aboveScale
            ? [
                t("enterprises.becameAboveScale", {
                  range: `${f.date(filter.aboveScaleFrom)} – ${f.date(filter.aboveScaleTo)}`,
                }),
              ]
            : []
        }
        clearHref="/enterprises"
      />
      <p className="text-sm font-medium text-slate-800" data-testid="list-count">
        {t("drill.enterprises", { n: rows.length })}
      </p>
      {rows.length === 0 ? (
        <EmptyState title={t("enterprises.none")} />
      ) : (
        <Card>
          <Table>
            <thead className="bg-slate-50">
              <tr>
                <Th>{t("enterprises.name")}</Th>
                <Th>{t("enterprises.creditCode")}</Th>
                <Th>{t("enterprises.industry")}</Th>
                <Th>{t("enterprises.aboveScale")}</Th>
                <Th className="text-right">{t("enterprises.projects")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((e) => (
                <tr key={e.id ?? e.projectId}>
                  <Td>
                    {e.confidential ? (
                      // Known only as its confidential project: the link opens that project.
                      <Link href={`/projects/${e.projectId}`} className="font-medium text-brand-700 hover:underline">
                        {e.name}
                      </Link>
                    ) : (
                      <Link href={`/enterprises/${e.id}`} className="font-medium text-brand-700 hover:underline">
                        {e.name}
                      </Link>
                    )}
                  </Td>
                  <Td className="font-mono text-xs">{e.creditCode ?? "—"}</Td>
                  <Td>{e.industry ?? "—"}</Td>
                  <Td>{f.date(e.aboveScaleSince)}</Td>
                  <Td className="text-right tabular-nums">{f.count(e.projects)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
      )}
    </div>
  );
}
