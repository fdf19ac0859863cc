import { todayInShanghai } from "@crm/domain";
import { Card, CardBody, EmptyState, PageHeader, ScrollRegion, Table, Td, Th } from "@crm/ui";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { formatters } from "~/components/format";
import { staffApi } from "~/server/guard";

export async function generateMetadata() {
  return { title: (await getTranslations("events"))("results") };
}

/** A rate as a percentage with one decimal, or — when there is nothing to divide by. */
function rate(num: number, den: number): string {
  return den === 0 ? "—" : `${((num * 100) / den).toFixed(1)}%`;
}
function wanRate(num: string, den: string): string {
  const d = Number(den);
  return d === 0 ? "—" : `${((Number(num) * 100) / d).toFixed(1)}%`;
}

export default async function EventResultsPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const { api } = await staffApi("event.read");
  const thisYear = Number(todayInShanghai().slice(0, 4));
  const asked = Number((await searchParams).year);
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : thisYear;
  const [results, all] = await Promise.all([api.promoEvent.results({ year }), api.promoEvent.list({})]);
  const years = [...new Set([thisYear, ...all.map((e) => Number(e.heldOn.slice(0, 4)))])].sort((a, b) => b - a);
  const t = await getTranslations();
  const f = formatters(await getLocale());
  const rows = [
    ...results.events.map((e) => ({ key: e.id, label: e.title, href: `/events/${e.id}`, ...e })),
    { key: "total", label: t("events.total"), href: null, ...results.total },
  ];
  return (
    <div className="space-y-4">
      <PageHeader
        back={
          <Link href="/events" className="text-sm text-slate-600 hover:text-brand-700">
            ← {t("nav.events")}
          </Link>
        }
        title={t("events.results")}
        description={t("events.funnel")}
      />
      <nav aria-label={t("events.year")} className="flex flex-wrap gap-2 text-sm">
        {years.map((y) => (
          <Link
            key={y}
            href={`/events/results?year=${y}`}
            aria-current={y === year ? "page" : undefined}
            className={`rounded-md px-3 py-1 ${y === year ? "bg-brand-600 text-white" : "bg-white text-slate-800 ring-1 ring-slate-300 ring-inset"}`}
          >
            {y}
          </Link>
        ))}
      </nav>
      <Card>
        <CardBody>
          {results.events.length === 0 ? (
            <EmptyState title={t("events.none")} />
          ) : (
            <ScrollRegion label={t("events.results")}>
              <Table aria-label={t("events.results")}>
                <thead>
                  <tr>
                    <Th>{t("events.col.event")}</Th>
                    <Th className="text-right">{t("events.col.attendees")}</Th>
                    <Th className="text-right">{t("events.col.leads")}</Th>
                    <Th className="text-right">{t("events.col.negotiating")}</Th>
                    <Th className="text-right">{t("events.col.signed")}</Th>
                    <Th className="text-right">{t("events.col.landed")}</Th>
                    <Th className="text-right">{t("events.col.signings")}</Th>
                    <Th className="text-right">{t("events.col.repeats")}</Th>
                    <Th className="text-right">{t("events.col.signedWan")}</Th>
                    <Th className="text-right">{t("events.col.performance")}</Th>
                    <Th className="text-right">{t("events.col.started")}</Th>
                    <Th className="text-right">{t("events.col.landedRate")}</Th>
                    <Th className="text-right">{t("events.col.funds")}</Th>
                    <Th className="text-right">{t("events.col.costPer")}</Th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr
                      key={r.key}
                      data-testid={`results-${r.key === "total" ? "total" : "event"}`}
                      className={r.href ? "" : "font-semibold"}
                    >
                      <Td>
                        {r.href ? (
                          <Link href={r.href} className="hover:text-brand-700">
                            {r.label}
                          </Link>
                        ) : (
                          r.label
                        )}
                      </Td>
                      <Td className="text-right tabular-nums">{f.count(r.attendees)}</Td>
                      <Td className="text-right tabular-nums">{f.count(r.leads)}</Td>
                      <Td className="text-right tabular-nums">{f.count(r.negotiating)}</Td>
                      <Td className="text-right tabular-nums">{f.count(r.signed)}</Td>
                      <Td className="text-right tabular-nums">{f.count(r.landed)}</Td>
                      <Td className="text-right tabular-nums" data-testid="counted-signings">
                        {f.count(r.signings)}
                      </Td>
                      <Td className="text-right tabular-nums">{f.count(r.repeats)}</Td>
                      <Td className="text-right tabular-nums">{f.wan(r.signedWan)}</Td>
                      <Td className="text-right tabular-nums">{rate(r.performing, r.signings)}</Td>
                      <Td className="text-right tabular-nums">{rate(r.started, r.signings)}</Td>
                      <Td className="text-right tabular-nums">{rate(r.landedSignings, r.signings)}</Td>
                      <Td className="text-right tabular-nums">{wanRate(r.fundsWan, r.signedWan)}</Td>
                      <Td className="text-right tabular-nums">
                        {r.costPerSigning === null ? "—" : f.wan(r.costPerSigning)}
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </ScrollRegion>
          )}
          <p className="mt-3 text-xs text-slate-600">{t("events.ratesNote")}</p>
        </CardBody>
      </Card>
    </div>
  );
}
