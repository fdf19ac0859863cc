"use client";

import { useTranslations } from "next-intl";

/** Which columns show; the choice is kept per user. A native <details> keeps it keyboard-friendly. */
export function ColumnMenu({
  columns,
  visible,
  onChange,
}: {
  columns: { id: string; label: string }[];
  visible: string[];
  onChange: (next: string[]) => void;
}) {
  const t = useTranslations("projects");
  return (
    <details className="relative">
      <summary className="cursor-pointer list-none rounded-md bg-white px-2.5 py-1.5 text-sm font-medium text-slate-800 shadow-sm ring-1 ring-slate-300 ring-inset hover:bg-slate-50">
        {t("columns")}
      </summary>
      <fieldset className="absolute right-0 z-20 mt-1 w-48 space-y-1 rounded-md bg-white p-3 shadow-lg ring-1 ring-slate-200">
        <legend className="sr-only">{t("columns")}</legend>
        {columns.map((c) => (
          <label key={c.id} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={visible.includes(c.id)}
              onChange={(e) => onChange(e.target.checked ? [...visible, c.id] : visible.filter((v) => v !== c.id))}
            />
            {c.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
