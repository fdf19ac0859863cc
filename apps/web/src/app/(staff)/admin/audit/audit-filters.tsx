"use client";

import { AUDIT_RESULTS, type AuditFilter } from "@crm/domain";
import { cn, Select } from "@crm/ui";
import { useLocale, useTranslations } from "next-intl";

import { formatters } from "~/components/format";

interface Options {
  actions: string[];
  entities: string[];
  people: { id: string; name: string; username: string; disabled: boolean }[];
}

const field =
  "rounded-md border-0 py-1.5 px-2.5 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600";

/** Person, action, object type, record, result, address and a date range; each change goes to the URL. */
export function AuditFilters({
  filter,
  options,
  onChange,
}: {
  filter: AuditFilter;
  options: Options;
  /** The fields changed (undefined: cleared), or null to clear every filter. */
  onChange: (patch: Partial<AuditFilter> | null) => void;
}) {
  const t = useTranslations();
  const f = formatters(useLocale());
  const set = <K extends keyof AuditFilter>(key: K, value: string) =>
    onChange({ [key]: value.trim() === "" ? undefined : value.trim() });
  const any = Object.values(filter).some((v) => v !== undefined);
  // A text field applies on Enter or when it loses focus; `key` remounts it when the URL changes.
  const text = (key: "entityId" | "ip", label: string, placeholder: string) => (
    <input
      key={`${key}-${filter[key] ?? ""}`}
      type="search"
      aria-label={label}
      placeholder={placeholder}
      defaultValue={filter[key] ?? ""}
      maxLength={key === "ip" ? 45 : 100}
      className={cn(field, "w-full min-w-0")}
      onBlur={(e) => e.target.value.trim() !== (filter[key] ?? "") && set(key, e.target.value)}
      onKeyDown={(e) => e.key === "Enter" && set(key, e.currentTarget.value)}
    />
  );
  // A choice among values, or any: each change goes to the URL at once.
  const choice = (
    key: "actorId" | "action" | "entity" | "result",
    label: string,
    anyLabel: string,
    choices: { value: string; label: string }[],
  ) => (
    <Select
      size="sm"
      aria-label={label}
      className="w-full"
      value={filter[key] ?? ""}
      onChange={(e) => set(key, e.target.value)}
    >
      <option value="">{anyLabel}</option>
      {choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </Select>
  );
  const codes = (values: string[]) => values.map((v) => ({ value: v, label: v }));
  const people = options.people.map((p) => ({
    value: p.id,
    label: `${p.name} · ${p.username}${p.disabled ? ` (${t("audit.disabled")})` : ""}`,
  }));
  return (
    <div className="space-y-3 rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200 sm:p-4">
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-4">
        {choice("actorId", t("audit.person"), t("audit.anyPerson"), people)}
        {choice("action", t("audit.action"), t("audit.anyAction"), codes(options.actions))}
        {choice("entity", t("audit.entity"), t("audit.anyEntity"), codes(options.entities))}
        {choice(
          "result",
          t("audit.result"),
          t("audit.anyResult"),
          AUDIT_RESULTS.map((r) => ({ value: r, label: t(`audit.results.${r}`) })),
        )}
        {text("entityId", t("audit.record"), t("audit.recordPlaceholder"))}
        {text("ip", t("audit.ip"), t("audit.ipPlaceholder"))}
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <span className="w-8 shrink-0">{t("audit.from")}</span>
          <input
            type="date"
            className={cn(field, "w-full min-w-0")}
            value={filter.from ?? ""}
            max={filter.to}
            onChange={(e) => set("from", e.target.value)}
          />
        </label>
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <span className="w-8 shrink-0">{t("audit.to")}</span>
          <input
            type="date"
            className={cn(field, "w-full min-w-0")}
            value={filter.to ?? ""}
            min={filter.from}
            onChange={(e) => set("to", e.target.value)}
          />
        </label>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
        <p aria-live="polite">
          {filter.from || filter.to
            ? t("audit.range", {
                from: filter.from ? f.date(filter.from) : t("audit.beginning"),
                to: filter.to ? f.date(filter.to) : t("audit.now"),
              })
            : t("audit.allDays")}
        </p>
        {any ? (
          <button type="button" className="font-medium text-brand-700 hover:underline" onClick={() => onChange(null)}>
            {t("audit.clear")}
          </button>
        ) : null}
      </div>
    </div>
  );
}
