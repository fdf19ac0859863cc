import { Badge, Card, CardBody, CardHeader, EmptyState, Fact, FactList, PageHeader, Table, Td, Th } from "@crm/ui";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { formatters } from "~/components/format";
import { StageBadge } from "~/components/stage-badge";
import { idParam, orNotFound, staffApi } from "~/server/guard";

import { EventForm } from "../event-form";
import { AttendeeImport } from "./attendee-import";
import { AddAttendee, AddSigning, AttendeeLead } from "./event-lists";

export default async function EventPage({ params }: { params: Promise<{ id: string }> }) {
  const id = idParam((await params).id);
  const { api } = await staffApi("event.read");
  const { event, attendees, signings, can } = await orNotFound(api.promoEvent.byId({ id }));
  const t = await getTranslations();
  const f = formatters(await getLocale());
  return (
    <div className="space-y-6">
      <PageHeader
        back={
          <Link href="/events" className="text-sm text-slate-600 hover:text-brand-700">
            ← {t("nav.events")}
          </Link>
        }
        title={event.title}
        description={`${t(`events.kinds.${event.kind}`)} · ${f.date(event.heldOn)}${event.place ? ` · ${event.place}` : ""}`}
        actions={
          can.write ? (
            <Link
              href={`/events/${id}/check-in`}
              className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700"
            >
              {t("events.checkInList")}
            </Link>
          ) : null
        }
      />
      <Card>
        <CardBody>
          <FactList columns={3}>
            <Fact term={t("events.fields.organisers")}>{event.organisers ?? "—"}</Fact>
            <Fact term={t("events.owner")}>{event.ownerUnit ?? "—"}</Fact>
            <Fact term={t("events.cost")}>{f.wan(event.costWan)}</Fact>
          </FactList>
        </CardBody>
      </Card>

      <Card>
        <CardHeader title={t("events.signingsTitle")} />
        <CardBody className="space-y-4">
          {signings.length === 0 ? (
            <EmptyState title={t("events.signingsNone")} />
          ) : (
            <Table aria-label={t("events.signingsTitle")}>
              <thead>
                <tr>
                  <Th>{t("events.project")}</Th>
                  <Th>{t("events.stage")}</Th>
                  <Th className="text-right">{t("events.signedAmount")}</Th>
                  <Th>{t("events.counted")}</Th>
                </tr>
              </thead>
              <tbody>
                {signings.map((s) => (
                  <tr key={s.id} data-testid="signing-row">
                    <Td>
                      <Link href={`/projects/${s.projectId}`} className="hover:text-brand-700">
                        {s.name}
                      </Link>
                    </Td>
                    <Td>
                      <StageBadge stage={s.stage} />
                    </Td>
                    <Td className="text-right tabular-nums">{f.wan(s.signedAmountWan)}</Td>
                    <Td>
                      {s.counted ? (
                        <Badge tone="green">{t("events.counted")}</Badge>
                      ) : (
                        <Badge tone="amber">
                          {t("events.repeat", { event: s.countedAt ?? "", date: f.date(s.countedOn) })}
                        </Badge>
                      )}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          {can.write ? <AddSigning eventId={id} /> : null}
        </CardBody>
      </Card>

      <Card>
        <CardHeader title={t("events.attendeesTitle")} />
        <CardBody className="space-y-4">
          {attendees.length === 0 ? (
            <EmptyState title={t("events.attendeesNone")} />
          ) : (
            <ul className="divide-y divide-slate-100">
              {attendees.map((a) => (
                <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                  <span>
                    <span className="font-medium text-slate-900">{a.enterpriseName}</span>
                    {a.person ? <span className="text-slate-600"> · {a.person}</span> : null}
                    {a.phone ? <span className="text-slate-600"> · {a.phone}</span> : null}
                  </span>
                  <span className="flex items-center gap-2">
                    {a.checkedInAt ? (
                      <Badge tone="green">{t("events.checkedIn")}</Badge>
                    ) : (
                      <Badge>{t("events.notCheckedIn")}</Badge>
                    )}
                    <AttendeeLead attendee={a} canWrite={can.write} />
                  </span>
                </li>
              ))}
            </ul>
          )}
          {can.write ? <AddAttendee eventId={id} /> : null}
          {can.write ? <AttendeeImport eventId={id} /> : null}
        </CardBody>
      </Card>

      {can.write ? (
        <section className="space-y-2">
          <h2 className="text-base font-semibold text-slate-900">{t("events.edit")}</h2>
          <EventForm
            event={{
              id: event.id,
              version: event.version,
              kind: event.kind,
              title: event.title,
              heldOn: event.heldOn,
              place: event.place ?? "",
              organisers: event.organisers ?? "",
              costWan: event.costWan ?? "",
            }}
          />
        </section>
      ) : null}
    </div>
  );
}
