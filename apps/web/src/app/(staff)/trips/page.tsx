import { todayInShanghai, TRIP_STATUSES, type TripStatus } from "@crm/domain";
import { Badge, Card, CardBody, CardHeader, EmptyState, PageHeader, ScrollRegion, Stat, Table, Td, Th } from "@crm/ui";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { formatters } from "~/components/format";
import { staffApi } from "~/server/guard";

import { PHASE_TONE } from "./phase";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("trips") };
}

type Search = { phase?: string; year?: string };

/** 外出招商: the trips by phase (upcoming, under way, done), and the year's results counted back to them. */
export default async function TripsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { api } = await staffApi("trip.read");
  const sp = await searchParams;
  const phase = (TRIP_STATUSES as readonly string[]).includes(sp.phase ?? "") ? (sp.phase as TripStatus) : undefined;
  const thisYear = Number(todayInShanghai().slice(0, 4));
  const asked = Number.parseInt(sp.year ?? "", 10);
  const year = asked >= 2000 && asked <= 2100 ? asked : thisYear;
  const [list, results] = await Promise.all([api.trip.list({ phase }), api.trip.yearResults({ year })]);
  const t = await getTranslations("trips");
  const f = formatters(await getLocale());
  const total = results.total;
  const tab = (p: TripStatus | undefined, label: string) => (
    <Link
      key={p ?? "all"}
      href={p ? `/trips?phase=${p}` : "/trips"}
      aria-current={phase === p ? "page" : undefined}
      className={`rounded-md px-3 py-2 text-sm font-medium ${phase === p ? "bg-brand-700 text-white" : "text-slate-700 hover:bg-slate-100"}`}
    >
      {label}
    </Link>
  );
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("title")}
        description={t("hint")}
        actions={
          list.mayPlan ? (
            <Link
              href="/trips/new"
              className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
            >
              {t("new")}
            </Link>
          ) : null
        }
      />
      <Card>
        <CardHeader
          title={t("yearResults", { year })}
          action={
            <nav aria-label={t("years")} className="flex gap-2 text-sm">
              {[thisYear - 2, thisYear - 1, thisYear].map((y) => (
                <Link
                  key={y}
                  href={`/trips?year=${y}${phase ? `&phase=${phase}` : ""}`}
                  aria-current={y === year ? "page" : undefined}
                  className={y === year ? "font-semibold text-brand-700 underline" : "text-slate-700 hover:underline"}
                >
                  {y}
                </Link>
              ))}
            </nav>
          }
        />
        <CardBody>
          <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4 lg:grid-cols-7">
            <Stat label={t("results.trips")} value={f.count(total.trips)} />
            <Stat label={t("results.meetings")} value={f.count(total.meetings)} />
            <Stat label={t("results.leads")} value={f.count(total.leads)} />
            <Stat label={t("results.negotiating")} value={f.count(total.negotiating)} />
            <Stat label={t("results.signed")} value={f.count(total.signed)} hint={f.wan(total.signedAmount)} />
            <Stat label={t("results.landed")} value={f.count(total.landed)} />
            <Stat label={t("results.costPerSigned")} value={f.wan(total.costPerSigned)} />
          </dl>
        </CardBody>
      </Card>
      <nav aria-label={t("phases.label")} className="flex flex-wrap gap-2">
        {tab(undefined, t("phases.all"))}
        {TRIP_STATUSES.map((p) => tab(p, t(`phases.${p}`)))}
      </nav>
      <Card>
        {list.rows.length === 0 ? (
          <EmptyState title={t("empty")} />
        ) : (
          <ScrollRegion label={t("title")}>
            <Table>
              <thead>
                <tr>
                  <Th>{t("fields.title")}</Th>
                  <Th>{t("fields.destinations")}</Th>
                  <Th>{t("fields.dates")}</Th>
                  <Th>{t("fields.phase")}</Th>
                  <Th className="text-right">{t("results.meetings")}</Th>
                  <Th className="text-right">{t("results.leads")}</Th>
                </tr>
              </thead>
              <tbody>
                {list.rows.map((r) => (
                  <tr key={r.id}>
                    <Td>
                      <Link href={`/trips/${r.id}`} className="font-medium text-brand-700 hover:underline">
                        {r.title}
                      </Link>
                    </Td>
                    <Td>{r.destinations.join("、")}</Td>
                    <Td>
                      {f.date(r.startsOn)} – {f.date(r.endsOn)}
                    </Td>
                    <Td>
                      <Badge tone={PHASE_TONE[r.phase]}>{t(`phases.${r.phase}`)}</Badge>
                    </Td>
                    <Td className="text-right">
                      {f.count(r.meetings)} / {f.count(r.goalMeetings)}
                    </Td>
                    <Td className="text-right">{f.count(r.leads)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </ScrollRegion>
        )}
      </Card>
    </div>
  );
}
