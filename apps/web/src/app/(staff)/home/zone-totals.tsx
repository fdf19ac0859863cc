import { Card, CardBody, CardHeader } from "@crm/ui";
import { useTranslations } from "next-intl";

/** The five zones as totals only: what every staff member may see of other units. */
export function ZoneTotals({ zones }: { zones: { id: string; name: string; total: number; landed: number }[] }) {
  const t = useTranslations("home");
  return (
    <Card>
      <CardHeader title={t("zoneTotals")} description={t("zoneTotalsHint")} />
      <CardBody>
        <ul className="divide-y divide-slate-100">
          {zones.map((z) => (
            <li key={z.id} className="flex items-center justify-between py-2 text-sm">
              <span className="font-medium text-slate-800">{z.name}</span>
              <span className="text-slate-600 tabular-nums">
                {t("zoneTotalLine", { total: z.total, landed: z.landed })}
              </span>
            </li>
          ))}
        </ul>
      </CardBody>
    </Card>
  );
}
