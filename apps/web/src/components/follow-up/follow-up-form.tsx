"use client";

import { FOLLOW_UP_KINDS, todayInShanghai, type FollowUpKind } from "@crm/domain";
import { Button, ErrorAlert, Field, Input, invalidProps, Select, Textarea } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

const EMPTY = { kind: "visit" as FollowUpKind, occurredOn: "", people: "", summary: "", nextStep: "" };

/** 跟进记录 on a project or a lead: what happened, with whom, and what comes next. Internal only. */
export function FollowUpForm({ subject }: { subject: { projectId: string } | { leadId: string } }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [v, setV] = useState({ ...EMPTY, occurredOn: todayInShanghai() });
  const done = {
    onSuccess: () => {
      setV({ ...EMPTY, occurredOn: todayInShanghai() });
      router.refresh();
    },
  };
  const onProject = useMutation(trpc.project.addFollowUp.mutationOptions(done));
  const onLead = useMutation(trpc.lead.addFollowUp.mutationOptions(done));
  const add = "projectId" in subject ? onProject : onLead;
  const formError = useFormError(add.error, { shown: Object.keys(v), rules: { futureDate: "occurredOn" } });
  const err = (k: keyof typeof v) => formError.field(k);
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV((x) => ({ ...x, [k]: e.target.value }));
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        const fields = { ...v, people: v.people || null, nextStep: v.nextStep || null };
        if ("projectId" in subject) onProject.mutate({ ...subject, ...fields });
        else onLead.mutate({ ...subject, ...fields });
      }}
    >
      <div className="grid grid-cols-2 gap-3">
        <Field id="fu-kind" label={t("followUps.kind")}>
          <Select id="fu-kind" value={v.kind} onChange={set("kind")}>
            {FOLLOW_UP_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`followUps.kinds.${k}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="fu-date" label={t("followUps.date")} error={err("occurredOn")}>
          <Input
            {...invalidProps("fu-date", err("occurredOn"))}
            id="fu-date"
            type="date"
            value={v.occurredOn}
            max={todayInShanghai()}
            onChange={set("occurredOn")}
            required
          />
        </Field>
      </div>
      <Field id="fu-people" label={t("followUps.people")} error={err("people")}>
        <Input {...invalidProps("fu-people", err("people"))} id="fu-people" value={v.people} onChange={set("people")} />
      </Field>
      <Field id="fu-summary" label={t("followUps.summary")} error={err("summary")}>
        <Textarea
          {...invalidProps("fu-summary", err("summary"))}
          id="fu-summary"
          value={v.summary}
          onChange={set("summary")}
          rows={3}
          required
        />
      </Field>
      <Field id="fu-next" label={t("followUps.nextStep")} error={err("nextStep")}>
        <Input
          {...invalidProps("fu-next", err("nextStep"))}
          id="fu-next"
          value={v.nextStep}
          onChange={set("nextStep")}
        />
      </Field>
      <ErrorAlert>{formError.summary}</ErrorAlert>
      <Button type="submit" disabled={add.isPending || v.summary.trim().length < 2}>
        {add.isPending ? t("common.saving") : t("followUps.add")}
      </Button>
    </form>
  );
}
