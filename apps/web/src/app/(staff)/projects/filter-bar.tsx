"use client";

import { PROJECT_TAGS, STAGES, type ProjectTag, type Stage } from "@crm/domain";
import { cn, Select } from "@crm/ui";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

import type { ListState } from "~/lib/project-list-params";

interface Props {
  state: ListState;
  zones: { id: string; name: string }[];
  chains: { id: string; name: string }[];
  onChange: (next: ListState) => void;
}

const field =
  "rounded-md border-0 py-1.5 px-2.5 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600";

/** Search as you type (after a pause), stages as toggles, the rest as plain fields. */
export function FilterBar({ state, zones, chains, onChange }: Props) {
  const t = useTranslations();
  const [q, setQ] = useState(state.q ?? "");
  useEffect(() => {
    if ((state.q ?? "") === q.trim()) return;
    const timer = setTimeout(() => onChange({ ...state, q: q.trim() || undefined }), 350);
    return () => clearTimeout(timer);
  }, [q, state, onChange]);
  const toggleStage = (s: Stage) => {
    const now = state.stages ?? [];
    onChange({ ...state, stages: now.includes(s) ? now.filter((x) => x !== s) : [...now, s] });
  };
  const set = <K extends keyof ListState>(key: K, value: ListState[K] | "") =>
    onChange({ ...state, [key]: value === "" ? undefined : value });
  const any = Object.entries(state).some(
    ([k, v]) => !["sort", "dir"].includes(k) && v !== undefined && (!Array.isArray(v) || v.length),
  );

  return (
    <div className="space-y-3 rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200 sm:p-4">
      <input
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        placeholder={t("projects.searchPlaceholder")}
        aria-label={t("projects.search")}
        className={cn(field, "w-full")}
      />
      <div role="group" aria-label={t("projects.stage")} className="flex flex-wrap gap-1.5">
        {STAGES.map((s) => {
          const on = state.stages?.includes(s) ?? false;
          return (
            <button
              key={s}
              type="button"
              aria-pressed={on}
              onClick={() => toggleStage(s)}
              className={cn(
                "rounded-full px-3 py-1 text-xs font-medium ring-1 ring-inset",
                on
                  ? "bg-brand-600 text-white ring-brand-600"
                  : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50",
              )}
            >
              {t(`stages.${s}`)}
            </button>
          );
        })}
      </div>
      <div className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap sm:items-end">
        {zones.length > 1 ? (
          <Select
            aria-label={t("projects.zone")}
            size="sm"
            value={state.zoneIds?.[0] ?? ""}
            onChange={(e) => set("zoneIds", e.target.value ? [e.target.value] : "")}
          >
            <option value="">{t("projects.allZones")}</option>
            {zones.map((z) => (
              <option key={z.id} value={z.id}>
                {z.name}
              </option>
            ))}
          </Select>
        ) : null}
        <Select
          aria-label={t("projects.chain")}
          size="sm"
          value={state.chainIds?.[0] ?? ""}
          onChange={(e) => set("chainIds", e.target.value ? [e.target.value] : "")}
        >
          <option value="">{t("projects.allChains")}</option>
          {chains.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
        <Select
          aria-label={t("projects.tags")}
          size="sm"
          value={state.tags?.[0] ?? ""}
          onChange={(e) => set("tags", e.target.value ? [e.target.value as ProjectTag] : "")}
        >
          <option value="">{t("projects.allTags")}</option>
          {PROJECT_TAGS.map((tag) => (
            <option key={tag} value={tag}>
              {t(`projectTags.${tag}`)}
            </option>
          ))}
        </Select>
        <label className="col-span-2 flex items-center gap-1 text-sm text-slate-600 sm:col-span-1">
          <span className="whitespace-nowrap">{t("projects.amountWan")}</span>
          <input
            inputMode="decimal"
            aria-label={t("projects.amountMin")}
            className={cn(field, "min-w-0 flex-1 sm:w-24 sm:flex-none")}
            defaultValue={state.amountMin}
            onBlur={(e) => set("amountMin", e.target.value.trim())}
          />
          <span>–</span>
          <input
            inputMode="decimal"
            aria-label={t("projects.amountMax")}
            className={cn(field, "min-w-0 flex-1 sm:w-24 sm:flex-none")}
            defaultValue={state.amountMax}
            onBlur={(e) => set("amountMax", e.target.value.trim())}
          />
        </label>
        <label className="col-span-2 flex items-center gap-1 text-sm text-slate-600 sm:col-span-1">
          <span className="whitespace-nowrap">{t("projects.signedOn")}</span>
          <input
            type="date"
            aria-label={t("projects.signedFrom")}
            className={cn(field, "min-w-0 flex-1 sm:flex-none")}
            defaultValue={state.signedFrom}
            onChange={(e) => set("signedFrom", e.target.value)}
          />
          <span>–</span>
          <input
            type="date"
            aria-label={t("projects.signedTo")}
            className={cn(field, "min-w-0 flex-1 sm:flex-none")}
            defaultValue={state.signedTo}
            onChange={(e) => set("signedTo", e.target.value)}
          />
        </label>
        {any ? (
          <button
            type="button"
            className="col-span-2 text-left text-sm text-brand-700 hover:underline sm:col-span-1"
            onClick={() => {
              setQ("");
              onChange({ sort: state.sort, dir: state.dir });
            }}
          >
            {t("projects.clearFilters")}
          </button>
        ) : null}
      </div>
    </div>
  );
}
