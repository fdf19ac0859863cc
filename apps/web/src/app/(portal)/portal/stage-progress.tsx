import { PIPELINE_STAGES, stageRank, type Stage } from "@crm/domain";
import { cn } from "@crm/ui";
import { useLocale, useTranslations } from "next-intl";

import { formatters } from "~/components/format";

interface Dates {
  stage: Stage;
  signedOn: string | null;
  registeredOn: string | null;
  constructionStartedOn: string | null;
  productionStartedOn: string | null;
  operatingSince: string | null;
}

/** The project's way from signing to operation, with the date of each step reached. */
export function StageProgress({ project }: { project: Dates }) {
  const t = useTranslations();
  const f = formatters(useLocale());
  const steps = PIPELINE_STAGES.slice(3); // from 签约 on: what an enterprise lives through
  const dates: Partial<Record<Stage, string | null>> = {
    signed: project.signedOn,
    registered: project.registeredOn,
    under_construction: project.constructionStartedOn,
    in_production: project.productionStartedOn,
    operating: project.operatingSince,
  };
  const current = stageRank(project.stage);
  return (
    <ol className="grid grid-cols-5 gap-1 text-center text-xs">
      {steps.map((s) => {
        const done = current >= stageRank(s);
        return (
          <li key={s}>
            <div className={cn("mx-auto h-1.5 rounded-full", done ? "bg-brand-600" : "bg-slate-200")} />
            <p className={cn("mt-1.5 font-medium", done ? "text-slate-900" : "text-slate-500")}>{t(`stages.${s}`)}</p>
            <p className="text-[11px] text-slate-500">{dates[s] ? f.date(dates[s]) : ""}</p>
          </li>
        );
      })}
    </ol>
  );
}
