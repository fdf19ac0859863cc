"use client";

import { addDaysToDate, TASK_PRIORITIES, todayInShanghai, type TaskPriority } from "@crm/domain";
import { Button, ErrorAlert, Field, Input, invalidProps, Select, Textarea } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

/**
 * 批示 (a leader) or 交办 (the bureau lead) on this project: either becomes a task for the
 * project's responsible unit, due by the response policy unless a date is given.
 */
export function AssignWork({
  projectId,
  unitId,
  mode,
}: {
  projectId: string;
  unitId: string;
  mode: "instruction" | "task";
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [text, setText] = useState("");
  const [priority, setPriority] = useState<TaskPriority>(mode === "instruction" ? "high" : "normal");
  const [dueOn, setDueOn] = useState("");
  const onDone = { onSuccess: (r: { id: string }) => router.push(`/work/${r.id}`) };
  const instruct = useMutation(trpc.task.instruct.mutationOptions(onDone));
  const create = useMutation(trpc.task.create.mutationOptions(onDone));
  const pending = instruct.isPending || create.isPending;
  // The one text box is the instruction's `text` or the task's `title`.
  const formError = useFormError(instruct.error ?? create.error, { shown: ["text", "title", "priority", "dueOn"] });
  const textError = formError.field("text") ?? formError.field("title");
  const textId = `work-${mode}`;
  const priorityId = `work-priority-${mode}`;
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (mode === "instruction") instruct.mutate({ projectId, text, priority });
        else
          create.mutate({
            title: text,
            subject: "project",
            projectId,
            assigneeUnitId: unitId,
            priority,
            dueOn: dueOn || null,
          });
      }}
    >
      <Field
        id={textId}
        label={mode === "instruction" ? t("tasks.instructionText") : t("tasks.taskText")}
        error={textError}
      >
        <Textarea
          {...invalidProps(textId, textError)}
          id={textId}
          rows={3}
          value={text}
          onChange={(e) => setText(e.target.value)}
          required
        />
      </Field>
      <div className="grid grid-cols-2 gap-3">
        <Field id={priorityId} label={t("tasks.priorityLabel")} error={formError.field("priority")}>
          <Select
            {...invalidProps(priorityId, formError.field("priority"))}
            id={priorityId}
            value={priority}
            onChange={(e) => setPriority(e.target.value as TaskPriority)}
          >
            {TASK_PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t(`tasks.priority.${p}`)}
              </option>
            ))}
          </Select>
        </Field>
        {mode === "task" ? (
          <Field id="work-due" label={t("tasks.dueOptional")} error={formError.field("dueOn")}>
            <Input
              {...invalidProps("work-due", formError.field("dueOn"))}
              id="work-due"
              type="date"
              value={dueOn}
              min={addDaysToDate(todayInShanghai(), 1)}
              onChange={(e) => setDueOn(e.target.value)}
            />
          </Field>
        ) : null}
      </div>
      <ErrorAlert>{formError.summary}</ErrorAlert>
      <Button type="submit" disabled={pending || text.trim().length < 2}>
        {mode === "instruction" ? t("tasks.sendInstruction") : t("tasks.assignTask")}
      </Button>
    </form>
  );
}
