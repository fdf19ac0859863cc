import { STAGES, type Stage } from "@crm/domain";
import { Button } from "@crm/ui";
import { useTranslations } from "next-intl";

/** A plain GET form: the filter lives in the URL, so a filtered list can be shared. */
export function ProjectFilters({ zones, stage, zoneId }: { zones: { id: string; name: string }[]; stage?: Stage; zoneId?: string }) {
  const t = useTranslations();
  const select = "rounded-md border-0 py-1.5 pl-3 pr-8 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600";
  return (
    <form method="get" className="flex flex-wrap items-end gap-3">
      <label className="text-sm">
        <span className="mb-1 block text-slate-600">{t("projects.stage")}</span>
        <select name="stage" defaultValue={stage ?? ""} className={select}>
          <option value="">{t("projects.allStages")}</option>
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {t(`stages.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {zones.length > 0 ? (
        <label className="text-sm">
          <span className="mb-1 block text-slate-600">{t("projects.zone")}</span>
          <select name="zoneId" defaultValue={zoneId ?? ""} className={select}>
            <option value="">{t("projects.allZones")}</option>
            {zones.map((z) => (
              <option key={z.id} value={z.id}>
                {z.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <Button type="submit" variant="secondary" size="sm">
        {t("projects.filter")}
      </Button>
    </form>
  );
}
