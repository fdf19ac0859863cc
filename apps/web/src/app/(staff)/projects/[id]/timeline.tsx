import type { RouterOutputs } from "@crm/api";
import { Badge } from "@crm/ui";
import { useLocale, useTranslations } from "next-intl";

import { formatters } from "~/components/format";
import { StageBadge } from "~/components/stage-badge";

type Entry = RouterOutputs["project"]["timeline"][number];

/** Stage moves, follow-ups and field changes, newest first. */
export function Timeline({ entries }: { entries: Entry[] }) {
  const t = useTranslations();
  const f = formatters(useLocale());
  if (!entries.length) return <p className="text-sm text-slate-500">{t("projects.noHistory")}</p>;
  return (
    <ol className="relative space-y-4 border-l border-slate-200 pl-4">
      {entries.map((e) => (
        <li key={`${e.kind}-${e.id}`} className="text-sm">
          <span className="absolute -left-1.5 mt-1.5 size-3 rounded-full bg-brand-600 ring-4 ring-white" aria-hidden />
          <div className="flex flex-wrap items-center gap-2">
            <time className="text-xs text-slate-500" dateTime={e.on}>
              {f.date(e.on)}
            </time>
            {e.kind === "stage" ? <StageBadge stage={e.to as never} /> : null}
            {e.kind === "followUp" ? <Badge tone="blue">{t(`followUps.kinds.${e.type as "visit"}`)}</Badge> : null}
            {e.kind === "change" ? <Badge tone="gray">{t("projects.changed")}</Badge> : null}
            {e.who ? <span className="text-xs text-slate-500">{e.who}</span> : null}
          </div>
          {e.kind === "stage" && e.note ? <p className="mt-1 text-slate-600">{e.note}</p> : null}
          {e.kind === "followUp" ? (
            <div className="mt-1 text-slate-700">
              <p>{e.summary}</p>
              {e.people ? (
                <p className="text-xs text-slate-500">{t("followUps.peopleLine", { people: e.people })}</p>
              ) : null}
              {e.nextStep ? (
                <p className="text-xs text-slate-500">{t("followUps.nextLine", { next: e.nextStep })}</p>
              ) : null}
            </div>
          ) : null}
          {e.kind === "change" ? (
            <p className="mt-1 text-xs text-slate-600">
              {Object.keys((e.after as Record<string, unknown>) ?? {})
                .map((k) => t(`projects.fieldNames.${k as "name"}`))
                .join("、")}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
