"use client";

import { PROJECT_TAGS, type ProjectPatch, type ProjectTag } from "@crm/domain";
import { Button, Fact, Select } from "@crm/ui";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { SaveError } from "./save-error";
import { useProjectPatch } from "./use-project-patch";

type ChoiceField = keyof ProjectPatch;

interface Props {
  projectId: string;
  version: number;
  field: ChoiceField;
  label: string;
  value: string | null;
  options: { id: string; name: string }[];
  canEdit: boolean;
}

/** A field chosen from a list (chain, service contact, responsible leader), edited in place. */
export function EditableChoice({ projectId, version, field, label, value, options, canEdit }: Props) {
  const t = useTranslations();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value ?? "");
  const save = useProjectPatch(projectId, version, () => setEditing(false));
  const shown = options.find((o) => o.id === value)?.name ?? "—";
  const id = `field-${field}`;
  if (!editing) {
    return (
      <Fact
        term={label}
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
        {shown}
      </Fact>
    );
  }
  return (
    <Fact term={<label htmlFor={id}>{label}</label>}>
      <form
        className="mt-1 space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          save.save({ [field]: draft || null });
        }}
      >
        <Select id={id} value={draft} onChange={(e) => setDraft(e.target.value)} autoFocus>
          <option value="">—</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </Select>
        <SaveError error={save.error} onReload={save.reload} />
        <div className="flex gap-2">
          <Button type="submit" size="sm" disabled={save.pending}>
            {t("common.save")}
          </Button>
          <Button
            variant="secondary"
            size="sm"
            onClick={() => {
              setEditing(false);
              save.reset();
            }}
          >
            {t("common.cancel")}
          </Button>
        </div>
      </form>
    </Fact>
  );
}

/** 500强 / 重点项目, toggled in place. */
export function EditableTags({
  projectId,
  version,
  value,
  canEdit,
}: {
  projectId: string;
  version: number;
  value: ProjectTag[];
  canEdit: boolean;
}) {
  const t = useTranslations();
  const save = useProjectPatch(projectId, version, () => {});
  const toggle = (tag: ProjectTag) =>
    save.save({ tags: value.includes(tag) ? value.filter((x) => x !== tag) : [...value, tag] });
  return (
    <Fact term={t("projects.tags")}>
      <div className="mt-1 flex flex-wrap gap-3">
        {PROJECT_TAGS.map((tag) => (
          <label key={tag} className="flex items-center gap-1.5">
            <input
              type="checkbox"
              checked={value.includes(tag)}
              disabled={!canEdit || save.pending}
              onChange={() => toggle(tag)}
            />
            {t(`projectTags.${tag}`)}
          </label>
        ))}
      </div>
      <SaveError error={save.error} onReload={save.reload} />
    </Fact>
  );
}
