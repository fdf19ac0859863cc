"use client";

import type { ImportKind } from "@crm/domain";
import { Alert, Button, Card, CardBody, cn, EmptyState, ErrorAlert } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { errorKey } from "~/trpc/errors";
import { useTRPC } from "~/trpc/react";

import { ColumnMapper } from "./column-mapper";
import { PreviewTable } from "./preview-table";
import type { Preview } from "./types";

type Kind = ImportKind;

/**
 * Upload → (the columns, mapped by the user when the headers do not match) → preview with every
 * row's problems → confirm: all rows are written in one go, or none.
 */
export function ImportView({ kinds, initial }: { kinds: Kind[]; initial?: Kind }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const [kind, setKind] = useState<Kind>(initial && kinds.includes(initial) ? initial : kinds[0]!);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const importProjects = useMutation(trpc.transfer.importProjects.mutationOptions());
  const importLeads = useMutation(trpc.transfer.importLeads.mutationOptions());
  const importCarriers = useMutation(trpc.transfer.importCarriers.mutationOptions());
  const commit = kind === "projects" ? importProjects : kind === "carriers" ? importCarriers : importLeads;
  const bad = preview?.rows.filter((r) => r.problems.length).length ?? 0;
  const unmapped = (preview?.header.missing.length ?? 0) > 0;

  async function upload(file: File, mapping?: Record<string, number>) {
    setUploading(true);
    setUploadError(null);
    if (!mapping) setPreview(null);
    setFile(file);
    commit.reset();
    const body = new FormData();
    body.set("file", file);
    body.set("kind", kind);
    if (mapping) body.set("mapping", JSON.stringify(mapping));
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
          <CardBody className="space-y-4">
            <ColumnMapper
              key={JSON.stringify(preview.header)}
              preview={preview}
              pending={uploading}
              onApply={(mapping) => file && void upload(file, mapping)}
            />
            {unmapped ? null : (
              <>
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
                {commit.isSuccess ? (
                  <Alert tone="success">{t("import.done", { n: commit.data.imported })}</Alert>
                ) : null}
                {commit.error ? <ErrorAlert>{t(`errors.${errorKey(commit.error)}`)}</ErrorAlert> : null}
                {preview.rows.length === 0 ? (
                  <EmptyState title={t("errors.empty")} />
                ) : (
                  <PreviewTable preview={preview} />
                )}
              </>
            )}
          </CardBody>
        </Card>
      ) : null}
    </div>
  );
}
