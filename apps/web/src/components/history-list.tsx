import type { RouterOutputs } from "@crm/api";
import { changeSentence } from "@crm/domain";
import { useLocale, useTranslations } from "next-intl";

import { atText } from "~/components/at-text";

type Entry = RouterOutputs["project"]["history"][number];

/**
 * A record's 变更记录, newest first: one entry per edit (autosaves folded), each field as a
 * sentence — "张三 把 计划投资 从 5,000万元 改为 8,000万元", the field named in the UI language.
 */
export function HistoryList({ entries }: { entries: Entry[] }) {
  const t = useTranslations();
  const label = (field: string) =>
    t.has(`projects.fieldNames.${field}`)
      ? t(`projects.fieldNames.${field}` as "projects.fieldNames.name")
      : t.has(`history.fields.${field}`)
        ? t(`history.fields.${field}` as "history.fields.stage")
        : field;
  const locale = useLocale() === "en" ? "en" : "zh-CN";
  if (!entries.length) return <p className="text-sm text-slate-500">{t("history.empty")}</p>;
  return (
    <ol className="space-y-3" aria-label={t("history.title")}>
      {entries.map((e) => (
        <li key={e.id} className="text-sm" data-testid="history-entry">
          <p className="text-xs text-slate-500">
            <time dateTime={new Date(e.at).toISOString()}>{atText(e.at, locale)}</time>
            {e.saves > 1 ? ` · ${t("history.saves", { n: e.saves })}` : null}
          </p>
          <ul className="mt-1 space-y-0.5 text-slate-800">
            {e.fields.map((f) => (
              <li key={f.field}>
                {changeSentence(
                  { who: e.who ?? t("history.someone"), field: label(f.field), from: f.from, to: f.to },
                  locale,
                )}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
