import type { investorEdition } from "@crm/api";
import { EmptyState } from "@crm/ui";
import { getLocale, getTranslations } from "next-intl/server";

import { formatters } from "~/components/format";

type Edition = NonNullable<Awaited<ReturnType<typeof investorEdition>>>;
type Carrier = Extract<Edition, { kind: "opportunities" }>["carriers"][number];

const num = (v: string | null) => (v == null ? null : Number(v).toLocaleString("zh-CN"));

/** The opportunity list for investors: by zone, each carrier with its terms and its free spaces. */
export async function OpportunityEdition({ carriers }: { carriers: Carrier[] }) {
  const t = await getTranslations("share");
  const f = formatters(await getLocale());
  if (!carriers.length) return <EmptyState title={t("noCarriers")} />;
  const zones = [...new Set(carriers.map((c) => c.zone))];
  return (
    <div className="space-y-6">
      {zones.map((zone) => (
        <section key={zone} aria-labelledby={`zone-${zone}`} className="break-inside-avoid-page space-y-3">
          <h2 id={`zone-${zone}`} className="text-lg font-semibold text-slate-900">
            {zone}
          </h2>
          <ul className="grid gap-3 md:grid-cols-2">
            {carriers
              .filter((c) => c.zone === zone)
              .map((c) => {
                const facts: [string, string | null][] = [
                  [t("facts.location"), c.locationText],
                  [t("facts.area"), c.areaMu ? t("units.mu", { n: num(c.areaMu)! }) : null],
                  [t("facts.floorArea"), c.floorAreaSqm ? t("units.sqm", { n: num(c.floorAreaSqm)! }) : null],
                  [t("facts.use"), c.plannedUse],
                  [t("facts.plotRatio"), c.plotRatio],
                  [
                    t("facts.intensity"),
                    c.intensityWanPerMu ? t("units.wanPerMu", { n: num(c.intensityWanPerMu)! }) : null,
                  ],
                  [t("facts.price"), c.priceWanPerMu ? t("units.wanPerMu", { n: num(c.priceWanPerMu)! }) : null],
                  [t("facts.supply"), c.supplyState ? t(`supply.${c.supplyState}`) : null],
                  [t("facts.readiness"), c.readiness ? t(`readiness.${c.readiness}`) : null],
                  [t("facts.availableFrom"), c.availableFrom ? f.date(c.availableFrom) : null],
                  [t("facts.rent"), c.rentYuanPerSqm ? t("units.rent", { n: num(c.rentYuanPerSqm)! }) : null],
                  [t("facts.chain"), c.chain],
                ];
                return (
                  <li key={c.code} className="break-inside-avoid rounded-lg border border-slate-200 p-4">
                    <p className="text-xs text-slate-600">
                      {t(`kinds.${c.kind}`)} · {c.code}
                    </p>
                    <h3 className="font-semibold text-slate-900">{c.name}</h3>
                    {c.description ? <p className="mt-1 text-sm text-slate-700">{c.description}</p> : null}
                    <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                      {facts
                        .filter(([, v]) => v)
                        .map(([term, v]) => (
                          <div key={term} className="contents">
                            <dt className="text-slate-600">{term}</dt>
                            <dd className="text-slate-900">{v}</dd>
                          </div>
                        ))}
                    </dl>
                    {c.freeSpaces.length ? (
                      <table className="mt-3 w-full text-left text-xs">
                        <caption className="mb-1 text-left font-medium text-slate-700">{t("freeSpaces")}</caption>
                        <thead>
                          <tr className="text-slate-600">
                            <th className="py-1 pr-2 font-medium">{t("space.label")}</th>
                            <th className="py-1 pr-2 font-medium">{t("space.area")}</th>
                            <th className="py-1 pr-2 font-medium">{t("space.height")}</th>
                            <th className="py-1 pr-2 font-medium">{t("space.load")}</th>
                            <th className="py-1 font-medium">{t("space.rent")}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {c.freeSpaces.map((s) => (
                            <tr key={s.label} className="border-t border-slate-100">
                              <td className="py-1 pr-2">{s.label}</td>
                              <td className="py-1 pr-2">{num(s.areaSqm)}</td>
                              <td className="py-1 pr-2">{s.clearHeightM ?? "—"}</td>
                              <td className="py-1 pr-2">{s.floorLoadT ?? "—"}</td>
                              <td className="py-1">{s.rentYuanPerSqm ?? "—"}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    ) : null}
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </div>
  );
}
