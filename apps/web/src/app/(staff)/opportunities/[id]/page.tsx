import { Badge, Card, CardBody, CardHeader, Fact, FactList, PageHeader, Table, Td, Th } from "@crm/ui";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { carrierNumber, carrierPercent } from "~/components/carrier/carrier-format";
import { formatters } from "~/components/format";
import { idParam, orNotFound, staffApi } from "~/server/guard";

import { CarrierActions } from "./carrier-actions";

const STATE_TONE = { available: "green", in_talks: "amber", taken: "gray" } as const;

/** One carrier: its facts, its spaces and their vacancy, what it is linked to, its freshness and state moves. */
export default async function CarrierPage({ params }: { params: Promise<{ id: string }> }) {
  const id = idParam((await params).id);
  const { api } = await staffApi("opportunity.read");
  const c = await orNotFound(api.carrier.byId({ id }));
  const t = await getTranslations("carriers");
  const locale = await getLocale();
  const f = formatters(locale);
  const n = (v: string | number | null) => carrierNumber(v, locale);
  const facts: [string, React.ReactNode][] = [
    [t("code"), c.code],
    [t("kind"), t(`kinds.${c.kind}`)],
    [t("zone"), c.zoneName],
    [t("chain"), c.chainName ?? "—"],
    [t("location"), c.locationText],
    ...(c.areaMu ? ([[t("area"), t("units.mu", { n: n(c.areaMu) })]] as [string, React.ReactNode][]) : []),
    ...(c.floorAreaSqm
      ? ([[t("detail.floorArea"), t("units.sqm", { n: n(c.floorAreaSqm) })]] as [string, React.ReactNode][])
      : []),
    [t("detail.plannedUse"), c.plannedUse ?? "—"],
  ];
  if (c.kind === "land")
    facts.push(
      [t("detail.plotRatio"), c.plotRatio ?? "—"],
      [t("detail.intensity"), c.intensityWanPerMu ? t("units.wanPerMu", { n: n(c.intensityWanPerMu) }) : "—"],
      [t("detail.price"), c.priceWanPerMu ? t("units.wanPerMu", { n: n(c.priceWanPerMu) }) : "—"],
      [t("detail.supplyState"), c.supplyState ? t(`supply.${c.supplyState}`) : "—"],
      [t("detail.readiness"), c.readiness ? t(`readiness.${c.readiness}`) : "—"],
    );
  if (c.kind === "shop")
    facts.push([t("detail.rentShort"), c.rentYuanPerSqm ? t("units.yuanPerSqm", { n: n(c.rentYuanPerSqm) }) : "—"]);
  if (c.kind === "land" || c.kind === "shop") facts.push([t("detail.availableFrom"), f.date(c.availableFrom)]);
  if (c.latitude && c.longitude) facts.push([t("detail.coordinates"), `${c.latitude}, ${c.longitude}`]);
  facts.push(
    [t("owner"), c.ownerUnitName],
    [t("detail.contact"), [c.contactName, c.contactPhone].filter(Boolean).join(" ") || "—"],
    [
      t("verifiedOn"),
      <span key="v" className={c.stale ? "font-medium text-amber-700" : undefined}>
        {f.date(c.verifiedOn)} {c.stale ? `（${t("staleHint", { days: c.freshnessDays })}）` : null}
      </span>,
    ],
  );
  const link = c.project ? (
    <Link href={`/projects/${c.project.id}`} className="text-brand-700 hover:underline">
      {t("detail.project", { name: c.project.name })}
    </Link>
  ) : c.lead ? (
    <Link href={`/leads/${c.lead.id}`} className="text-brand-700 hover:underline">
      {t("detail.lead", { name: c.lead.name })}
    </Link>
  ) : c.linked ? (
    t("detail.linkedHidden")
  ) : null;
  if (link) facts.push([t("detail.linkedTo"), link]);

  return (
    <div className="space-y-6">
      <PageHeader
        back={
          <Link href="/opportunities" className="text-sm text-slate-500 hover:text-brand-700">
            ← {t("title")}
          </Link>
        }
        title={c.name}
        badges={
          <>
            <Badge tone={STATE_TONE[c.state]}>{t(`states.${c.state}`)}</Badge>
            {c.stale ? <Badge tone="amber">{t("stale")}</Badge> : null}
          </>
        }
        actions={
          c.mayEdit ? (
            <Link
              href={`/opportunities/${c.id}/edit`}
              className="rounded-md bg-white px-3 py-1.5 text-sm font-medium text-slate-800 ring-1 ring-slate-300 hover:bg-slate-50"
            >
              {t("form.editTitle")}
            </Link>
          ) : null
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <CardHeader title={t("detail.facts")} />
            <CardBody>
              <FactList className="gap-y-4">
                {facts.map(([term, value]) => (
                  <Fact key={term} term={term}>
                    {value}
                  </Fact>
                ))}
                {c.description ? (
                  <Fact term={t("detail.description")} wide>
                    <span className="whitespace-pre-line">{c.description}</span>
                  </Fact>
                ) : null}
                {c.nodes.length ? (
                  <Fact term={t("detail.nodes")} wide>
                    {c.nodes.map((x) => x.name).join("、")}
                  </Fact>
                ) : null}
              </FactList>
            </CardBody>
          </Card>
          {c.vacancy ? (
            <Card>
              <CardHeader
                title={t("detail.spaces")}
                description={t("detail.vacancy", {
                  vacant: n(c.vacancy.vacantSqm),
                  total: n(c.vacancy.totalSqm),
                  rate: carrierPercent(c.vacancy.rate, locale),
                })}
              />
              {c.spaces.length ? (
                <Table aria-label={t("detail.spaces")}>
                  <thead className="bg-slate-50">
                    <tr>
                      <Th>{t("detail.label")}</Th>
                      <Th className="text-right">{t("detail.floor")}</Th>
                      <Th className="text-right">{t("detail.spaceArea")}</Th>
                      <Th className="text-right">{t("detail.clearHeight")}</Th>
                      <Th className="text-right">{t("detail.floorLoad")}</Th>
                      <Th className="text-right">{t("detail.power")}</Th>
                      <Th>{t("detail.freightLift")}</Th>
                      <Th className="text-right">{t("detail.rent")}</Th>
                      <Th>{t("detail.spaceState")}</Th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {c.spaces.map((s) => (
                      <tr key={s.id}>
                        <Td>{s.label}</Td>
                        <Td className="text-right">{s.floor ?? "—"}</Td>
                        <Td className="text-right tabular-nums">{n(s.areaSqm)}</Td>
                        <Td className="text-right tabular-nums">{n(s.clearHeightM)}</Td>
                        <Td className="text-right tabular-nums">{n(s.floorLoadT)}</Td>
                        <Td className="text-right tabular-nums">{n(s.powerKva)}</Td>
                        <Td>{s.freightLift ? t("detail.yes") : t("detail.no")}</Td>
                        <Td className="text-right tabular-nums">{n(s.rentYuanPerSqm)}</Td>
                        <Td>
                          <Badge tone={s.state === "free" ? "green" : "gray"}>{t(`spaceStates.${s.state}`)}</Badge>
                        </Td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              ) : (
                <CardBody>
                  <p className="text-sm text-slate-500">{t("detail.noSpaces")}</p>
                </CardBody>
              )}
            </Card>
          ) : null}
          <Card>
            <CardHeader title={t("detail.attachments")} />
            <CardBody>
              {c.attachments.length ? (
                <ul className="space-y-1 text-sm">
                  {c.attachments.map((a) => (
                    <li key={a.id}>
                      {a.fileName} · {n(Math.round(a.size / 1024))} KB
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-sm text-slate-500">{t("detail.noAttachments")}</p>
              )}
            </CardBody>
          </Card>
        </div>
        <div className="space-y-6">
          <CarrierActions
            id={c.id}
            version={c.version}
            state={c.state}
            mayEdit={c.mayEdit}
            linkName={c.project?.name ?? c.lead?.name ?? null}
            leadId={c.lead?.id ?? null}
            projectId={c.project?.id ?? null}
          />
        </div>
      </div>
    </div>
  );
}
