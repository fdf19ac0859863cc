import { Badge, Card, CardBody, CardHeader, Fact, FactList, PageHeader } from "@crm/ui";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { formatters } from "~/components/format";
import { idParam, orNotFound, staffApi } from "~/server/guard";

import { PHASE_TONE } from "../phase";
import { MeetingLead } from "./meeting-lead";
import { DebriefForm, TargetAdder, TargetRemover } from "./plan-actions";

export async function generateMetadata() {
  return { title: (await getTranslations("trips"))("detail") };
}

const INTEREST_TONE = { high: "green", medium: "blue", low: "gray", none: "gray" } as const;

/** One trip: the plan, the delegation, the targets, goals against results, the meetings and the debrief. */
export default async function TripPage({ params }: { params: Promise<{ id: string }> }) {
  const id = idParam((await params).id);
  const { api } = await staffApi("trip.read");
  const trip = await orNotFound(api.trip.byId({ id }));
  const [results, options] = await Promise.all([
    api.trip.results({ id }),
    trip.can.record || trip.can.plan ? api.trip.options() : null,
  ]);
  const t = await getTranslations("trips");
  const f = formatters(await getLocale());
  const goalRow = (label: string, goal: number | null, value: number, hint?: string) => (
    <tr key={label} className="border-b border-slate-100 last:border-0">
      <th scope="row" className="py-2 pr-4 text-left text-sm font-medium text-slate-700">
        {label}
      </th>
      <td className="py-2 pr-4 text-right text-sm text-slate-600">{goal === null ? "—" : f.count(goal)}</td>
      <td className="py-2 text-right text-sm font-semibold text-slate-900">
        {f.count(value)}
        {hint ? <span className="ml-2 font-normal text-slate-600">{hint}</span> : null}
      </td>
    </tr>
  );
  return (
    <div className="space-y-6">
      <PageHeader
        back={
          <Link href="/trips" className="text-sm text-slate-500 hover:text-brand-700">
            ← {t("back")}
          </Link>
        }
        title={trip.title}
        badges={<Badge tone={PHASE_TONE[trip.phase]}>{t(`phases.${trip.phase}`)}</Badge>}
        actions={
          <div className="flex flex-wrap gap-2">
            {trip.can.record ? (
              <Link
                href={`/trips/${id}/meet`}
                className="inline-flex min-h-11 items-center rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700"
              >
                {t("meeting.record")}
              </Link>
            ) : null}
            {trip.can.plan ? (
              <Link
                href={`/trips/${id}/edit`}
                className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-4 text-sm font-medium text-slate-700 hover:bg-slate-50"
              >
                {t("edit")}
              </Link>
            ) : null}
          </div>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <CardBody>
              <FactList>
                <Fact term={t("fields.destinations")}>{trip.destinations.join("、")}</Fact>
                <Fact term={t("fields.dates")}>
                  {f.date(trip.startsOn)} – {f.date(trip.endsOn)}
                </Fact>
                <Fact term={t("fields.chains")}>{trip.chains.map((c) => c.name).join("、") || "—"}</Fact>
                <Fact term={t("fields.purpose")} wide>
                  {trip.textWithheld ? t("withheld") : (trip.purpose ?? "—")}
                </Fact>
              </FactList>
            </CardBody>
          </Card>
          <Card>
            <CardHeader title={t("meetings.title")} description={t("meetings.count", { n: trip.meetings.length })} />
            <CardBody>
              {trip.meetings.length === 0 ? (
                <p className="text-sm text-slate-600">{t("meetings.empty")}</p>
              ) : (
                <ul className="divide-y divide-slate-100">
                  {trip.meetings.map((m) => (
                    <li key={m.id} className="space-y-2 py-3" data-testid="trip-meeting">
                      <div className="flex flex-wrap items-center gap-2">
                        <span className="font-medium text-slate-900">{m.enterpriseName}</span>
                        <Badge tone={INTEREST_TONE[m.interest]}>{t(`interests.${m.interest}`)}</Badge>
                        {m.held ? null : <Badge tone="amber">{t("meetings.planned")}</Badge>}
                        <span className="text-sm text-slate-600">{f.date(m.meetsOn)}</span>
                      </div>
                      {m.people ? (
                        <p className="text-sm text-slate-700">
                          {t("meeting.people")}：{m.people}
                        </p>
                      ) : null}
                      {m.nextStep ? (
                        <p className="text-sm text-slate-700">
                          {t("meeting.nextStep")}：{m.nextStep}
                        </p>
                      ) : null}
                      <p className="text-xs text-slate-600">{t("meetings.recordedBy", { name: m.recordedByName })}</p>
                      {m.leadId ? (
                        <p className="text-sm text-green-800">
                          {t("meetings.hasLead", { unit: m.leadUnitName ?? "—" })}{" "}
                          <Link href={`/leads/${m.leadId}`} className="font-medium underline">
                            {t("meetings.openLead")}
                          </Link>
                        </p>
                      ) : trip.can.record && m.held && options ? (
                        <MeetingLead meeting={m} units={options.units} />
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
            </CardBody>
          </Card>
          {trip.can.plan && trip.phase !== "planned" ? (
            <Card>
              <CardHeader title={t("debrief.title")} />
              <CardBody>
                <DebriefForm trip={trip} />
              </CardBody>
            </Card>
          ) : trip.debrief || trip.textWithheld ? (
            <Card>
              <CardHeader title={t("debrief.title")} />
              <CardBody>
                <p className="text-sm whitespace-pre-line text-slate-700">
                  {trip.textWithheld ? t("withheld") : trip.debrief}
                </p>
              </CardBody>
            </Card>
          ) : null}
        </div>
        <div className="space-y-6">
          <Card>
            <CardHeader title={t("results.title")} />
            <CardBody>
              <table className="w-full" aria-label={t("results.title")}>
                <thead>
                  <tr className="border-b border-slate-200">
                    <th scope="col" className="pb-2 text-left text-xs font-medium text-slate-600">
                      <span className="sr-only">{t("results.item")}</span>
                    </th>
                    <th scope="col" className="pb-2 text-right text-xs font-medium text-slate-600">
                      {t("results.goal")}
                    </th>
                    <th scope="col" className="pb-2 text-right text-xs font-medium text-slate-600">
                      {t("results.actual")}
                    </th>
                  </tr>
                </thead>
                <tbody data-testid="trip-results">
                  {goalRow(t("results.meetings"), results.goals.meetings, results.meetings)}
                  {goalRow(t("results.leads"), results.goals.leads, results.leads)}
                  {goalRow(t("results.negotiating"), null, results.negotiating)}
                  {goalRow(t("results.signed"), results.goals.signings, results.signed, f.wan(results.signedAmount))}
                  {goalRow(t("results.landed"), null, results.landed)}
                </tbody>
              </table>
              {trip.can.plan && results.costWan ? (
                <p className="mt-3 text-sm text-slate-700">
                  {t("results.cost", { cost: f.wan(results.costWan), per: f.wan(results.costPerSigned) })}
                </p>
              ) : null}
            </CardBody>
          </Card>
          <Card>
            <CardHeader title={t("fields.members")} />
            <CardBody>
              <ul className="space-y-1 text-sm">
                {trip.members.map((m) => (
                  <li key={m.id}>
                    <span className="font-medium text-slate-900">{m.name}</span>{" "}
                    <span className="text-slate-600">{[m.title, m.unitName].filter(Boolean).join(" · ")}</span>
                  </li>
                ))}
              </ul>
            </CardBody>
          </Card>
          <Card>
            <CardHeader title={t("targets.title")} />
            <CardBody className="space-y-3">
              {trip.targets.length === 0 ? <p className="text-sm text-slate-600">{t("targets.empty")}</p> : null}
              <ul className="space-y-2 text-sm">
                {trip.targets.map((x) => (
                  <li key={x.id} className="flex items-center justify-between gap-2">
                    <span>
                      {x.name}
                      {x.prospectId ? (
                        <span className="ml-1 text-xs text-slate-600">{t("targets.fromProspects")}</span>
                      ) : null}
                    </span>
                    {trip.can.plan ? <TargetRemover tripId={id} targetId={x.id} name={x.name} /> : null}
                  </li>
                ))}
              </ul>
              {trip.can.plan && options ? <TargetAdder tripId={id} prospects={options.targets} /> : null}
            </CardBody>
          </Card>
        </div>
      </div>
    </div>
  );
}
