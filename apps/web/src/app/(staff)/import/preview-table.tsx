"use client";

import { CalendarDate, formatDate } from "@crm/domain";
import { Badge, cn } from "@crm/ui";
import { useLocale, useTranslations } from "next-intl";

import { COLUMNS, headerOf, type Preview, type Problem } from "./types";

/** Every row as read, its line in the sheet, the cells with a problem in red, and the problems in words. */
export function PreviewTable({ preview }: { preview: Preview }) {
  const t = useTranslations();
  const locale = useLocale() === "en" ? "en" : "zh-CN";
  const columns = COLUMNS[preview.kind];
  // A date read from the sheet shows as every screen shows dates; it is sent as YYYY-MM-DD.
  const shown = (column: (typeof columns)[number], value: string) =>
    column.type === "date" && CalendarDate.safeParse(value).success ? formatDate(value, locale) : value;
  const problemText = (p: Problem) =>
    t(`import.problems.${p.code}` as "import.problems.required", {
      field: headerOf(preview.kind, p.field),
      value: p.value ?? "",
    });
  return (
    <div className="max-h-[60vh] overflow-auto">
      <table className="min-w-full text-sm">
        <thead className="sticky top-0 bg-slate-50">
          <tr>
            <th className="px-2 py-1.5 text-left font-medium whitespace-nowrap text-slate-600">
              {t("import.lineColumn")}
            </th>
            {/* A minimum width: beside columns that do not wrap, the table gave this one a character's width. */}
            <th className="min-w-72 px-2 py-1.5 text-left font-medium text-slate-600">{t("import.problemsColumn")}</th>
            {columns.map((c) => (
              <th key={c.key} className="px-2 py-1.5 text-left font-medium whitespace-nowrap text-slate-600">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {preview.rows.map((r) => (
            <tr key={r.line} className={r.problems.length ? "bg-red-50" : undefined}>
              <td className="px-2 py-1.5 align-top text-slate-500 tabular-nums">{r.line}</td>
              <td className="min-w-72 px-2 py-1.5 align-top">
                {r.problems.length ? (
                  <ul className="space-y-0.5 text-xs text-red-700">
                    {r.problems.map((p, j) => (
                      <li key={j}>{problemText(p)}</li>
                    ))}
                  </ul>
                ) : (
                  <Badge tone="green">{t("import.ok")}</Badge>
                )}
              </td>
              {columns.map((c) => (
                <td
                  key={c.key}
                  className={cn(
                    "max-w-48 truncate px-2 py-1.5 align-top",
                    r.problems.some((p) => p.field === c.key) && "font-medium text-red-700",
                  )}
                >
                  {shown(c, r.row[c.key] ?? "")}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
