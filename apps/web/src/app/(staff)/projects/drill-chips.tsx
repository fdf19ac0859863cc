"use client";

import { useLocale, useTranslations } from "next-intl";

import { formatters } from "~/components/format";
import type { ListState } from "~/lib/project-list-params";

/** The filters a cockpit drill-down sets that the filter bar has no field for, each removable. */
export function DrillChips({ state, onChange }: { state: ListState; onChange: (next: ListState) => void }) {
  const t = useTranslations("projects.drill");
  const f = formatters(useLocale());
  const range = (from?: string, to?: string) => `${from ? f.date(from) : "…"} – ${to ? f.date(to) : "…"}`;
  const chips = [
    state.registeredFrom || state.registeredTo
      ? {
          key: "registered",
          label: t("registered", { range: range(state.registeredFrom, state.registeredTo) }),
          clear: { registeredFrom: undefined, registeredTo: undefined },
        }
      : null,
    state.fundsFrom || state.fundsTo
      ? {
          key: "funds",
          label: t("funds", { range: range(state.fundsFrom, state.fundsTo) }),
          clear: { fundsFrom: undefined, fundsTo: undefined },
        }
      : null,
    state.yearEnd
      ? { key: "yearEnd", label: t("yearEnd", { year: String(state.yearEnd) }), clear: { yearEnd: undefined } }
      : null,
    state.withoutChain ? { key: "withoutChain", label: t("withoutChain"), clear: { withoutChain: undefined } } : null,
  ].filter((c) => c !== null);
  if (chips.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2" aria-label={t("label")}>
      {chips.map((c) => (
        <li
          key={c.key}
          className="inline-flex items-center gap-1 rounded-full bg-brand-50 py-1 pr-1 pl-3 text-sm text-brand-800 ring-1 ring-brand-200"
        >
          {c.label}
          <button
            type="button"
            className="rounded-full px-1.5 text-brand-700 hover:bg-brand-100"
            aria-label={t("remove", { what: c.label })}
            onClick={() => onChange({ ...state, ...c.clear })}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
