"use client";

import { LEAD_COLUMNS, PROJECT_COLUMNS } from "@crm/domain";
import { Alert, Badge, Button, Card, CardBody, EmptyState, cn, ErrorAlert } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { errorKey } from "~/trpc/errors";
import { useTRPC } from "~/trpc/react";

type Kind = "projects" | "leads";
interface Problem {
  field: string;
  code: string;
  value?: string;
}
interface Preview {
  kind: Kind;
  rows: { row: Record<string, string>; problems: Problem[] }[];
}

/** The file's columns and their headers (the template's): the preview shows the file as it reads it. */
const COLUMNS: Record<Kind, readonly { key: string; header: string }[]> = {
  projects: PROJECT_COLUMNS,
  leads: LEAD_COLUMNS,
};
const headerOf = (kind: Kind, field: string) => COLUMNS[kind].find((c) => c.key === field)?.header ?? field;

/** Upload → preview with every row's problems → confirm: all rows are written in one go, or none. */
export function ImportView({ kinds }: { kinds: Kind[] }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const [kind, setKind] = useState<Kind>(kinds[0]!);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const importProjects = useMutation(trpc.transfer.importProjects.mutationOptions());
  const importLeads = useMutation(trpc.transfer.importLeads.mutationOptions());
  const commit = kind === "projects" ? importProjects : importLeads;
  const bad = preview?.rows.filter((r) => r.problems.length).length ?? 0;

  async function upload(file: File) {
    setUploading(true);
    setUploadError(null);
    setPreview(null);
    commit.reset();
    const body = new FormData();
    body.set("file", file);
    body.set("kind", kind);
    try {
      const res = await fetch("/api/import/preview", { method: "POST", body });
      const json = (await res.json()) as Preview & { error?: string };
      if (!res.ok) setUploadError(json.error ?? "unknown");
      else setPreview(json);
    } catch {
      setUploadError("unknown");
    } finally {
      setUploading(false);
    }
  }

  const problemText = (kind: Kind, p: Problem) =>
    t(`import.problems.${p.code}` as "import.problems.required", {
      field: headerOf(kind, p.field),
      value: p.value ?? "",
    });

  return (
    <div className="space-y-4">
      <Card>
        <CardBody className="space-y-3">
          <div role="radiogroup" aria-label={t("import.kind")} className="flex gap-2">
            {kinds.map((k) => (
              <button
                key={k}
                type="button"
                role="radio"
                aria-checked={kind === k}
                onClick={() => {
                  setKind(k);
                  setPreview(null);
                }}
                className={cn(
                  "rounded-md px-3 py-1.5 text-sm ring-1 ring-inset",
                  kind === k ? "bg-brand-600 text-white ring-brand-600" : "ring-slate-300",
                )}
              >
                {t(`import.kinds.${k}`)}
              </button>
            ))}
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <label className="text-sm">
              <span className="sr-only">{t("import.file")}</span>
              <input
                type="file"
                accept=".xlsx,.csv"
                disabled={uploading}
                onChange={(e) => {
                  const f = e.target.files?.[0];
                  if (f) void upload(f);
                  e.target.value = "";
                }}
                className="text-sm file:mr-3 file:rounded-md file:border-0 file:bg-slate-800 file:px-3 file:py-1.5 file:text-white"
              />
            </label>
            <a href={`/api/import/template?kind=${kind}`} className="text-sm text-brand-700 hover:underline">
              {t("import.template")}
            </a>
          </div>
          <p className="text-xs text-slate-500">{t("import.limits")}</p>
          {uploading ? <p className="text-sm text-slate-500">{t("import.reading")}</p> : null}
          {uploadError ? <ErrorAlert>{t(`errors.${uploadError}` as "errors.unknown")}</ErrorAlert> : null}
        </CardBody>
      </Card>

      {preview ? (
        <Card>
          <CardBody className="space-y-3">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p className="text-sm" role="status">
                {t("import.summary", { total: preview.rows.length, bad })}
              </p>
              <Button
                disabled={bad > 0 || commit.isPending || commit.isSuccess}
                onClick={() => commit.mutate({ rows: preview.rows.map((r) => r.row) as never })}
              >
                {commit.isPending ? t("common.saving") : t("import.confirm", { n: preview.rows.length })}
              </Button>
            </div>
            {commit.isSuccess ? <Alert tone="success">{t("import.done", { n: commit.data.imported })}</Alert> : null}
            {commit.error ? <ErrorAlert>{t(`errors.${errorKey(commit.error)}`)}</ErrorAlert> : null}
            {preview.rows.length === 0 ? (
              <EmptyState title={t("errors.empty")} />
            ) : (
              <div className="max-h-[60vh] overflow-auto">
                <table className="min-w-full text-sm">
                  <thead className="sticky top-0 bg-slate-50">
                    <tr>
                      <th className="px-2 py-1.5 text-left font-medium text-slate-600">#</th>
                      {COLUMNS[preview.kind].map((c) => (
                        <th key={c.key} className="px-2 py-1.5 text-left font-medium whitespace-nowrap text-slate-600">
                          {c.header}
                        </th>
                      ))}
                      <th className="px-2 py-1.5 text-left font-medium text-slate-600">{t("import.problemsColumn")}</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {preview.rows.map((r, i) => (
                      <tr key={i} className={r.problems.length ? "bg-red-50" : undefined}>
                        <td className="px-2 py-1.5 text-slate-400 tabular-nums">{i + 2}</td>
                        {COLUMNS[preview.kind].map((c) => (
                          <td
                            key={c.key}
                            className={cn(
                              "max-w-48 truncate px-2 py-1.5",
                              r.problems.some((p) => p.field === c.key) && "font-medium text-red-700",
                            )}
                          >
                            {r.row[c.key]}
                          </td>
                        ))}
                        <td className="px-2 py-1.5">
                          {r.problems.length ? (
                            <ul className="space-y-0.5 text-xs text-red-700">
                              {r.problems.map((p, j) => (
                                <li key={j}>{problemText(preview.kind, p)}</li>
                              ))}
                            </ul>
                          ) : (
                            <Badge tone="green">{t("import.ok")}</Badge>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </CardBody>
        </Card>
      ) : null}
    </div>
  );
}
