"use client";

import { ResponsePolicySchema, TASK_PRIORITIES, type ResponsePolicy } from "@crm/domain";
import { Alert, Button, Card, CardBody, CardHeader, ErrorAlert, Field, Input } from "@crm/ui";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { shownError, useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

type Path =
  | "firstResponseDays"
  | "planDays"
  | "progressEveryDays"
  | "freshnessDays"
  | "tripFollowUpDays"
  | `dueDays.${(typeof TASK_PRIORITIES)[number]}`;

/** Working-day limits go to 120; the freshness limit is in calendar days, a week to a year. */
const BOUNDS: Partial<Record<Path, [number, number]>> = { freshnessDays: [7, 365] };

/** 答复时限: the working days a unit has to reply, plan, report progress and finish, by priority. */
export function ResponsePolicyForm({ initial }: { initial: { value: ResponsePolicy; version: number } }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const [version, setVersion] = useState(initial.version);
  const form = useForm<ResponsePolicy>({ resolver: zodResolver(ResponsePolicySchema), defaultValues: initial.value });
  const save = useMutation(
    trpc.settings.setResponsePolicy.mutationOptions({
      onSuccess: (r) => {
        setVersion(r.version);
        form.reset(r.value as ResponsePolicy);
      },
    }),
  );
  const saveError = useFormError(save.error, { form });
  const v = initial.value;
  const fields: { path: Path; label: string; initial: number; hint?: string }[] = [
    { path: "firstResponseDays", label: t("rules.firstResponseDays"), initial: v.firstResponseDays },
    { path: "planDays", label: t("rules.planDays"), initial: v.planDays },
    { path: "progressEveryDays", label: t("rules.progressEveryDays"), initial: v.progressEveryDays },
    ...TASK_PRIORITIES.map((p) => ({
      path: `dueDays.${p}` as Path,
      label: t("rules.dueDays", { priority: t(`tasks.priority.${p}`) }),
      initial: v.dueDays[p],
    })),
    { path: "tripFollowUpDays", label: t("rules.tripFollowUpDays"), initial: v.tripFollowUpDays },
    {
      path: "freshnessDays",
      label: t("rules.freshnessDays"),
      initial: v.freshnessDays,
      hint: t("rules.freshnessHint"),
    },
  ];
  const errorOf = (path: Path) => {
    const [a, b] = path.split(".") as [keyof ResponsePolicy, string | undefined];
    const e = form.formState.errors[a];
    const hit = (b ? (e as Record<string, unknown> | undefined)?.[b] : e) as
      { type?: string; message?: string } | undefined;
    const [min, max] = BOUNDS[path] ?? [1, 120];
    return shownError(hit, () => t("rules.daysInvalid", { min, max }));
  };
  return (
    <Card>
      <CardHeader title={t("rules.policyTitle")} description={t("rules.policyHint")} />
      <CardBody>
        <form noValidate className="space-y-4" onSubmit={form.handleSubmit((value) => save.mutate({ value, version }))}>
          <div className="grid gap-4 sm:grid-cols-2">
            {fields.map(({ path, label, initial: value, hint }) => (
              <Field key={path} id={`policy-${path}`} label={label} hint={hint} error={errorOf(path)}>
                <Input
                  id={`policy-${path}`}
                  type="number"
                  inputMode="numeric"
                  min={(BOUNDS[path] ?? [1])[0]}
                  max={(BOUNDS[path] ?? [1, 120])[1]}
                  step={1}
                  defaultValue={value}
                  {...form.register(path, { valueAsNumber: true })}
                />
              </Field>
            ))}
          </div>
          <ErrorAlert>{saveError.summary}</ErrorAlert>
          {save.isSuccess && !form.formState.isDirty ? <Alert tone="success">{t("rules.saved")}</Alert> : null}
          <Button type="submit" disabled={save.isPending || !form.formState.isDirty}>
            {save.isPending ? t("common.saving") : t("common.save")}
          </Button>
        </form>
      </CardBody>
    </Card>
  );
}
