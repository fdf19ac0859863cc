"use client";

import { Alert, Button, ErrorAlert } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { PreviewTable } from "~/app/(staff)/import/preview-table";
import type { Preview } from "~/app/(staff)/import/types";
import { useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

/** An invitee/attendee sheet: uploaded for a preview of every row's problems, then written all or none. */
export function AttendeeImport({ eventId }: { eventId: string }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const commit = useMutation(
    trpc.promoEvent.importAttendees.mutationOptions({
      onSuccess: () => {
        setPreview(null);
        router.refresh();
      },
    }),
  );
  const commitError = useFormError(commit.error);
  const bad = preview?.rows.filter((r) => r.problems.length).length ?? 0;

  async function upload(file: File) {
    setUploading(true);
    setUploadError(null);
    setPreview(null);
    commit.reset();
    const body = new FormData();
    body.set("file", file);
    body.set("kind", "attendees");
    body.set("eventId", eventId);
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
    <div className="space-y-2 border-t border-slate-100 pt-4">
      <h3 className="text-sm font-medium text-slate-900">{t("events.importTitle")}</h3>
      <p className="text-xs text-slate-600">{t("events.importHint")}</p>
      <label className="block text-sm">
        <span className="sr-only">{t("import.file")}</span>
        <input
          type="file"
          aria-label={t("import.file")}
          accept=".xlsx,.csv"
          disabled={uploading}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void upload(file);
          }}
        />
      </label>
      {uploading ? <p className="text-sm text-slate-600">{t("import.reading")}</p> : null}
      {uploadError ? (
        <ErrorAlert>
          {t.has(`errors.${uploadError}`) ? t(`errors.${uploadError}` as "errors.unknown") : t("errors.unknown")}
        </ErrorAlert>
      ) : null}
      {preview ? (
        <div className="space-y-2">
          <p className="text-sm text-slate-700" role="status">
            {t("import.summary", { total: preview.rows.length, bad })}
          </p>
          <PreviewTable preview={preview} />
          <ErrorAlert>{commitError.summary}</ErrorAlert>
          <Button
            size="sm"
            disabled={bad > 0 || preview.rows.length === 0 || commit.isPending}
            onClick={() =>
              commit.mutate({
                eventId,
                rows: preview.rows.map((r) => ({
                  enterpriseName: r.row.enterpriseName ?? "",
                  person: r.row.person ?? "",
                  phone: r.row.phone ?? "",
                })),
              })
            }
          >
            {t("import.confirm", { n: preview.rows.length })}
          </Button>
        </div>
      ) : null}
      {commit.data ? <Alert tone="success">{t("import.done", { n: commit.data.imported })}</Alert> : null}
    </div>
  );
}
