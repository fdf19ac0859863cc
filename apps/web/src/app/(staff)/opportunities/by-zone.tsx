import type { RouterOutputs } from "@crm/api";
import { Card, CardBody, CardHeader, Table, Td, Th } from "@crm/ui";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

type Data = RouterOutputs["carrier"]["byZone"];

const pct = (rate: number, locale: string) =>
  new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(rate);
const num = (v: string, locale: string) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(Number(v));

/** Per zone: carriers by state, stale ones, land on offer, and the vacancy of plants and buildings (summed from their spaces). */
export async function ByZone({ data }: { data: Data }) {
  const t = await getTranslations("carriers");
  const locale = await getLocale();
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {data.zones.map((z) => (
        <Card key={z.zoneId}>
          <CardHeader
            title={
              <Link href={`/opportunities?zone=${z.zoneId}`} className="hover:underline">
                {z.zoneName}
              </Link>
            }
          />
          <CardBody className="space-y-3">
            <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-700">
              <span>{t("zones.carriers", { n: z.carriers })}</span>
              <span>{t("zones.available", { n: z.byState.available ?? 0 })}</span>
              <span>{t("zones.inTalks", { n: z.byState.in_talks ?? 0 })}</span>
              <span>{t("zones.taken", { n: z.byState.taken ?? 0 })}</span>
              {z.stale ? (
                <Link href={`/opportunities?zone=${z.zoneId}&stale=1`} className="font-medium text-amber-700 underline">
                  {t("zones.staleCount", { n: z.stale })}
                </Link>
              ) : null}
            </p>
            <dl className="grid grid-cols-2 gap-2 text-sm">
              <div>
                <dt className="text-slate-500">{t("zones.landAvailable")}</dt>
                <dd className="font-medium">{t("units.mu", { n: num(z.landMuAvailable, locale) })}</dd>
              </div>
              <div>
                <dt className="text-slate-500">{t("zones.vacancy")}</dt>
                <dd className="font-medium">
                  {/* No floor space in plants or buildings: nothing to be vacant, so no "0 ㎡ · 0%". */}
                  {Number(z.totalSqm) > 0 ? (
                    <>
                      {t("units.sqm", { n: num(z.vacantSqm, locale) })} ·{" "}
                      {t("zones.vacancyRate", { rate: pct(z.vacancyRate, locale) })}
                    </>
                  ) : (
                    "—"
                  )}
                </dd>
              </div>
            </dl>
            {z.buildings.length ? (
              <Table aria-label={`${z.zoneName} ${t("zones.buildings")}`}>
                <thead className="bg-slate-50">
                  <tr>
                    <Th>{t("name")}</Th>
                    <Th className="text-right">{t("vacant")}</Th>
                    <Th className="text-right">{t("area")}</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {z.buildings.map((b) => (
                    <tr key={b.id}>
                      <Td className="whitespace-normal">
                        <Link href={`/opportunities/${b.id}`} className="text-brand-700 hover:underline">
                          {b.name}
                        </Link>
                      </Td>
                      <Td className="text-right tabular-nums">
                        {t("units.sqm", { n: num(b.vacantSqm, locale) })} ({pct(b.vacancyRate, locale)})
                      </Td>
                      <Td className="text-right tabular-nums">{t("units.sqm", { n: num(b.totalSqm, locale) })}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            ) : (
              <p className="text-sm text-slate-500">{t("zones.noBuildings")}</p>
            )}
          </CardBody>
        </Card>
      ))}
    </div>
  );
}
