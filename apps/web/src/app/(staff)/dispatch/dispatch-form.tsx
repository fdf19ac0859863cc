"use client";

import type { RouterOutputs } from "@crm/api";
import { Badge, Button, Card, ErrorAlert, Input, invalidProps, Textarea } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";

import { StageBadge } from "~/components/stage-badge";
import { useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

type Row = RouterOutputs["dispatch"]["unit"][number];

/**
 * One project after another from the keyboard: type the progress, Ctrl+Enter (⌘+Enter) saves and
 * moves to the next project; Tab reaches the problem and plan fields when they are needed.
 */
export function DispatchForm({ month, projects }: { month: string; projects: Row[] }) {
  const boxes = useRef<(HTMLTextAreaElement | null)[]>([]);
  return (
    <ol className="space-y-3">
      {projects.map((p, i) => (
        <li key={p.id}>
          <ProjectUpdate
            month={month}
            row={p}
            register={(el) => (boxes.current[i] = el)}
            onSaved={() => boxes.current[i + 1]?.focus()}
          />
        </li>
      ))}
    </ol>
  );
}

function ProjectUpdate({
  month,
  row,
  register,
  onSaved,
}: {
  month: string;
  row: Row;
  register: (el: HTMLTextAreaElement | null) => void;
  onSaved: () => void;
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [v, setV] = useState({
    progress: row.update?.progress ?? "",
    problems: row.update?.problems ?? "",
    nextPlan: row.update?.nextPlan ?? "",
  });
  const [version, setVersion] = useState(row.update?.version);
  const save = useMutation(
    trpc.dispatch.save.mutationOptions({
      onSuccess: (r) => {
        setVersion(r.version);
        onSaved();
        router.refresh();
      },
    }),
  );
  const submit = () => {
    if (v.progress.trim().length < 2 || save.isPending) return;
    save.mutate({
      projectId: row.id,
      month,
      progress: v.progress,
      problems: v.problems || null,
      nextPlan: v.nextPlan || null,
      version,
    });
  };
  const id = `dispatch-${row.id}`;
  const formError = useFormError(save.error, { shown: ["progress", "problems", "nextPlan"] });
  /** A box's id, its aria wiring, and the line under it saying what the server refused of it. */
  const refused = (path: "progress" | "problems" | "nextPlan") => {
    const boxId = path === "progress" ? id : `${id}-${path}`;
    return {
      props: invalidProps(boxId, formError.field(path)),
      line: (
        <ErrorAlert id={`${boxId}-error`} inline>
          {formError.field(path)}
        </ErrorAlert>
      ),
    };
  };
  return (
    <Card className="p-3 sm:p-4">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            submit();
          }
        }}
        className="space-y-2"
      >
        <div className="flex flex-wrap items-center justify-between gap-2">
          <label htmlFor={id} className="font-medium text-slate-900">
            {row.name}
          </label>
          <span className="flex items-center gap-1">
            <StageBadge stage={row.stage} />
            {version ? (
              <Badge tone="green">{t("dispatch.updated")}</Badge>
            ) : (
              <Badge tone="red">{t("dispatch.notYet")}</Badge>
            )}
          </span>
        </div>
        <Textarea
          {...refused("progress").props}
          id={id}
          ref={register}
          rows={2}
          value={v.progress}
          onChange={(e) => setV({ ...v, progress: e.target.value })}
          placeholder={t("dispatch.progress")}
        />
        {refused("progress").line}
        <div className="grid gap-2 sm:grid-cols-2">
          <div className="space-y-1">
            <Input
              {...refused("problems").props}
              id={`${id}-problems`}
              aria-label={t("dispatch.problems")}
              placeholder={t("dispatch.problems")}
              value={v.problems}
              onChange={(e) => setV({ ...v, problems: e.target.value })}
            />
            {refused("problems").line}
          </div>
          <div className="space-y-1">
            <Input
              {...refused("nextPlan").props}
              id={`${id}-nextPlan`}
              aria-label={t("dispatch.nextPlan")}
              placeholder={t("dispatch.nextPlan")}
              value={v.nextPlan}
              onChange={(e) => setV({ ...v, nextPlan: e.target.value })}
            />
            {refused("nextPlan").line}
          </div>
        </div>
        <ErrorAlert>{formError.summary}</ErrorAlert>
        <div className="flex items-center gap-3">
          <Button type="submit" size="sm" disabled={save.isPending || v.progress.trim().length < 2}>
            {save.isPending ? t("common.saving") : t("dispatch.save")}
          </Button>
          {row.update?.author ? (
            <span className="text-xs text-slate-500">{t("dispatch.by", { name: row.update.author })}</span>
          ) : null}
        </div>
      </form>
    </Card>
  );
}
