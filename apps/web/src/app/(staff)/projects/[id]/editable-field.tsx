"use client";

import type { ProjectPatch } from "@crm/domain";
import { Button, Input, Fact, Textarea } from "@crm/ui";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";

import { SaveError } from "./save-error";
import { useProjectPatch } from "./use-project-patch";

export type PatchKey = keyof ProjectPatch;

interface Props {
  projectId: string;
  version: number;
  field: PatchKey;
  label: string;
  value: string | number | null;
  display: ReactNode;
  canEdit: boolean;
  multiline?: boolean;
  inputMode?: "decimal" | "numeric" | "text";
  /** Spans the whole FactList row (long text). */
  wide?: boolean;
}

/**
 * One field, edited in place. Saving sends the version the page was read at; if someone changed
 * the project meanwhile the server says so, the draft stays in the box, and a reload shows theirs.
 */
export function EditableField({
  projectId,
  version,
  field,
  label,
  value,
  display,
  canEdit,
  multiline,
  inputMode = "text",
  wide,
}: Props) {
  const t = useTranslations();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value == null ? "" : String(value));
  const save = useProjectPatch(projectId, version, () => setEditing(false));
  const submit = () => {
    const text = draft.trim();
    const v = field === "jobs" ? (text === "" ? null : Number(text)) : text === "" && field !== "name" ? null : text;
    save.save({ [field]: v });
  };
  const id = `field-${field}`;
  if (!editing) {
    return (
      <Fact
        term={label}
        wide={wide}
        action={
          canEdit ? (
            <button
              type="button"
              onClick={() => setEditing(true)}
              className="text-xs text-brand-700 hover:underline focus:underline"
              aria-label={`${t("common.edit")} ${label}`}
            >
              {t("common.edit")}
            </button>
          ) : null
        }
      >
        {display ?? "—"}
      </Fact>
    );
  }
  return (
    <Fact term={<label htmlFor={id}>{label}</label>} wide={wide}>
      <form
        className="mt-1 space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        {multiline ? (
          <Textarea id={id} value={draft} onChange={(e) => setDraft(e.target.value)} rows={3} autoFocus />
        ) : (
          <Input
            id={id}
            value={draft}
            inputMode={inputMode}
            onChange={(e) => setDraft(e.target.value)}
            autoFocus
            onKeyDown={(e) => e.key === "Escape" && setEditing(false)}
          />
        )}
        <SaveError error={save.error} onReload={save.reload} />
        <div className="flex gap-2">
          <Button type="submit" size="sm" disabled={save.pending}>
            {save.pending ? t("common.saving") : t("common.save")}
          </Button>
          <Button
            variant="secondary"
            size="sm"
            onClick={() => {
              setEditing(false);
              save.reset();
              setDraft(value == null ? "" : String(value));
            }}
          >
            {t("common.cancel")}
          </Button>
        </div>
      </form>
    </Fact>
  );
}
