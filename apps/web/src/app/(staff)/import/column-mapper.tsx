"use client";

import { Alert, Button, Field, Select } from "@crm/ui";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { COLUMNS, columnLetter, type Preview } from "./types";

/**
 * The mapping step: for each list column, which column of the file holds it. Opened by itself when
 * a required column was not found; the server checks the choice and remembers it for the next file
 * with the same headers.
 */
export function ColumnMapper({
  preview,
  pending,
  onApply,
}: {
  preview: Preview;
  pending: boolean;
  onApply: (mapping: Record<string, number>) => void;
}) {
  const t = useTranslations("import");
  const { header, kind } = preview;
  const columns = COLUMNS[kind];
  const [choice, setChoice] = useState<Record<string, string>>(() =>
    Object.fromEntries(columns.map((c) => [c.key, header.map[c.key] == null ? "" : String(header.map[c.key])])),
  );
  const needed = header.missing.length > 0;
  const [open, setOpen] = useState(needed);
  const fileColumns = header.cells.map((text, index) => ({ text, index })).filter((c) => c.text !== "");
  const missing = columns.filter((c) => c.required && choice[c.key] === "").map((c) => c.header);

  return (
    <section aria-labelledby="column-mapping-title" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="column-mapping-title" className="text-sm font-medium">
          {t("mapping.title")}{" "}
          <span className="font-normal text-slate-600">{t("headerAt", { line: header.line })}</span>
        </h2>
        {!needed ? (
          <Button variant="secondary" size="sm" aria-expanded={open} onClick={() => setOpen(!open)}>
            {t("mapping.adjust")}
          </Button>
        ) : null}
      </div>
      {needed ? <Alert tone="info">{t("mapping.needed")}</Alert> : null}
      {header.source !== "auto" ? <p className="text-xs text-slate-600">{t(`mapping.${header.source}`)}</p> : null}
      {open ? (
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            onApply(
              Object.fromEntries(
                Object.entries(choice)
                  .filter(([, v]) => v !== "")
                  .map(([k, v]) => [k, Number(v)]),
              ),
            );
          }}
        >
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {columns.map((c) => (
              <Field
                key={c.key}
                id={`map-${c.key}`}
                label={c.required ? t("mapping.required", { header: c.header }) : c.header}
              >
                <Select
                  id={`map-${c.key}`}
                  value={choice[c.key]}
                  onChange={(e) => setChoice({ ...choice, [c.key]: e.target.value })}
                >
                  <option value="">{t("mapping.none")}</option>
                  {fileColumns.map((f) => (
                    <option key={f.index} value={String(f.index)}>
                      {t("mapping.option", { letter: columnLetter(f.index), header: f.text })}
                    </option>
                  ))}
                </Select>
              </Field>
            ))}
          </div>
          {missing.length ? (
            <p className="text-xs text-red-700">{t("mapping.missing", { columns: missing.join("、") })}</p>
          ) : null}
          <Button type="submit" disabled={pending}>
            {t("mapping.apply")}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
