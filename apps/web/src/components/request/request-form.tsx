"use client";

import { ATTACHMENT_LIMITS, ATTACHMENT_TYPES, CreateRequestInput, REQUEST_CATEGORIES } from "@crm/domain";
import { Button, ErrorAlert, Field, Input, invalidProps, Select, Textarea } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

type Category = (typeof REQUEST_CATEGORIES)[number];
type FileType = (typeof ATTACHMENT_TYPES)[number];
interface Picked {
  fileName: string;
  contentType: FileType;
  base64: string;
  size: number;
}

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Raises a request: an enterprise for itself (the project is optional) or staff for a project's
 * enterprise. Files are checked here for kind, size and count and again on the server.
 */
/** `after` is where to go once raised; "{id}" in it becomes the new request's id. */
export function RequestForm({
  projects,
  projectOptional,
  after,
}: {
  projects: { id: string; name: string }[];
  projectOptional?: boolean;
  after: string;
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [v, setV] = useState({
    projectId: projects.length === 1 ? projects[0]!.id : "",
    category: "approval" as Category,
    title: "",
    description: "",
  });
  const [files, setFiles] = useState<Picked[]>([]);
  const [fileError, setFileError] = useState<string | null>(null);
  const [touched, setTouched] = useState(false);
  const create = useMutation(
    trpc.request.create.mutationOptions({ onSuccess: (r) => router.push(after.replace("{id}", r.id)) }),
  );
  const input = {
    ...v,
    projectId: v.projectId || null,
    attachments: files.map(({ fileName, contentType, base64 }) => ({ fileName, contentType, base64 })),
  };
  const parsed = CreateRequestInput.safeParse(input);
  const issue = (path: string) =>
    touched && !parsed.success ? parsed.error.issues.find((i) => i.path[0] === path) : undefined;
  // What the server refused, under the field it is about (the checks here run first, in the same words).
  const formError = useFormError(create.error, {
    shown: ["projectId", "title", "description", "attachments"],
    rules: { projectRequired: "projectId", fileTooLarge: "attachments", fileNotAllowed: "attachments" },
  });
  const projectError =
    touched && !projectOptional && !v.projectId ? t("requests.projectRequired") : formError.field("projectId");
  const titleError = issue("title") ? t("requests.titleRequired") : formError.field("title");
  const descriptionError = issue("description") ? t("requests.descriptionRequired") : formError.field("description");
  const filesError = fileError ?? formError.field("attachments");

  async function pick(list: FileList | null) {
    setFileError(null);
    const picked = [...(list ?? [])];
    if (files.length + picked.length > ATTACHMENT_LIMITS.maxFiles)
      return setFileError(t("requests.tooManyFiles", { n: ATTACHMENT_LIMITS.maxFiles }));
    const next: Picked[] = [];
    for (const f of picked) {
      if (!(ATTACHMENT_TYPES as readonly string[]).includes(f.type))
        return setFileError(t("requests.fileType", { name: f.name }));
      if (f.size > ATTACHMENT_LIMITS.maxBytes)
        return setFileError(t("requests.fileTooLarge", { name: f.name, mb: ATTACHMENT_LIMITS.maxBytes / 1024 / 1024 }));
      next.push({ fileName: f.name, contentType: f.type as FileType, base64: await toBase64(f), size: f.size });
    }
    setFiles([...files, ...next]);
  }

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        if (parsed.success && (projectOptional || v.projectId)) create.mutate(parsed.data);
      }}
    >
      {projects.length > 0 ? (
        <Field id="req-project" label={t("requests.project")} error={projectError}>
          <Select
            {...invalidProps("req-project", projectError)}
            id="req-project"
            value={v.projectId}
            onChange={(e) => setV({ ...v, projectId: e.target.value })}
          >
            {projectOptional || projects.length > 1 ? (
              <option value="">{projectOptional ? t("requests.noProject") : t("requests.chooseProject")}</option>
            ) : null}
            {projects.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Field id="req-category" label={t("requests.category")}>
        <Select
          id="req-category"
          value={v.category}
          onChange={(e) => setV({ ...v, category: e.target.value as Category })}
        >
          {REQUEST_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`requests.categories.${c}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="req-title" label={t("requests.title")} error={titleError}>
        <Input
          {...invalidProps("req-title", titleError)}
          id="req-title"
          maxLength={80}
          value={v.title}
          onChange={(e) => setV({ ...v, title: e.target.value })}
        />
      </Field>
      <Field id="req-description" label={t("requests.description")} error={descriptionError}>
        <Textarea
          {...invalidProps("req-description", descriptionError)}
          id="req-description"
          rows={5}
          maxLength={4000}
          value={v.description}
          onChange={(e) => setV({ ...v, description: e.target.value })}
        />
      </Field>
      <Field
        id="req-files"
        label={t("requests.attachments")}
        error={filesError}
        hint={t("requests.filesHint", { n: ATTACHMENT_LIMITS.maxFiles, mb: ATTACHMENT_LIMITS.maxBytes / 1024 / 1024 })}
      >
        <input
          {...invalidProps("req-files", filesError)}
          id="req-files"
          type="file"
          multiple
          accept={ATTACHMENT_TYPES.join(",")}
          onChange={(e) => void pick(e.target.files).then(() => (e.target.value = ""))}
          className="block w-full text-sm text-slate-600 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-1.5 file:text-sm"
        />
      </Field>
      {files.length ? (
        <ul className="space-y-1 text-sm">
          {files.map((f, i) => (
            <li
              key={`${f.fileName}-${i}`}
              className="flex items-center justify-between gap-2 rounded bg-slate-50 px-2 py-1"
            >
              <span className="truncate">📎 {f.fileName}</span>
              <button
                type="button"
                className="text-xs text-red-700 hover:underline"
                onClick={() => setFiles(files.filter((_, j) => j !== i))}
              >
                {t("requests.removeFile")}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <ErrorAlert>{formError.summary}</ErrorAlert>
      <Button type="submit" disabled={create.isPending}>
        {create.isPending ? t("common.saving") : t("requests.submit")}
      </Button>
    </form>
  );
}
