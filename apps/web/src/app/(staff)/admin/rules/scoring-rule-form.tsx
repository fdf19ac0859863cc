"use client";

import { BULLETIN_METRICS, ScoringRuleSchema, type ScoringRule } from "@crm/domain";
import { Alert, Button, Card, CardBody, CardHeader, ErrorAlert, Field, Input } from "@crm/ui";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { shownError, useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

/**
 * 考核计分: points per unit of each bulletin figure; negative numbers take points away. Inputs carry
 * their default value too, so the server-rendered page shows the rule before it hydrates.
 */
export function ScoringRuleForm({ initial }: { initial: { value: ScoringRule; version: number } }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const [version, setVersion] = useState(initial.version);
  const form = useForm<ScoringRule>({ resolver: zodResolver(ScoringRuleSchema), defaultValues: initial.value });
  const save = useMutation(
    trpc.settings.setScoringRule.mutationOptions({
      onSuccess: (r) => {
        setVersion(r.version);
        form.reset(r.value as ScoringRule);
      },
    }),
  );
  const saveError = useFormError(save.error, { form });
  return (
    <Card>
      <CardHeader title={t("rules.scoringTitle")} description={t("rules.scoringHint")} />
      <CardBody>
        <form noValidate className="space-y-4" onSubmit={form.handleSubmit((value) => save.mutate({ value, version }))}>
          <div className="grid gap-4 sm:grid-cols-2">
            {BULLETIN_METRICS.map((m) => (
              <Field
                key={m}
                id={`score-${m}`}
                label={t(`bulletin.columns.${m}`)}
                error={shownError(form.formState.errors[m], () => t("rules.pointsInvalid"))}
              >
                <Input
                  id={`score-${m}`}
                  type="number"
                  inputMode="decimal"
                  step={0.01}
                  min={-100}
                  max={100}
                  defaultValue={initial.value[m]}
                  {...form.register(m, { valueAsNumber: true })}
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
