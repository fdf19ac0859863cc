"use client";

import {
  CHAIN_STRENGTHS,
  PROSPECT_SIZE_BANDS,
  PROSPECT_TAGS,
  ProspectWeightsSchema,
  type ProspectWeights,
} from "@crm/domain";
import { Alert, Button, Card, CardBody, CardHeader, ErrorAlert, Field, Input } from "@crm/ui";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, type FieldPath } from "react-hook-form";

import { shownError, useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

type Group = "chainFit" | "size" | "tags";

/**
 * 目标企业评分权重: points for chain fit by the node's strength (缺 > 弱 > 强), for size, per
 * qualification, and per risk point taken away. The ranked target list scores by them at once.
 */
export function ProspectWeightsForm({ initial }: { initial: { value: ProspectWeights; version: number } }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const [version, setVersion] = useState(initial.version);
  const form = useForm<ProspectWeights>({
    resolver: zodResolver(ProspectWeightsSchema),
    defaultValues: initial.value,
  });
  const save = useMutation(
    trpc.settings.setProspectWeights.mutationOptions({
      onSuccess: (r) => {
        setVersion(r.version);
        form.reset(r.value as ProspectWeights);
      },
    }),
  );
  const saveError = useFormError(save.error, { form });
  const errors = form.formState.errors;
  const field = (group: Group, key: string, label: string) => {
    const path = `${group}.${key}` as FieldPath<ProspectWeights>;
    const id = `weight-${group}-${key}`;
    const groupErrors = errors[group] as Record<string, { type?: string; message?: string }> | undefined;
    return (
      <Field key={id} id={id} label={label} error={shownError(groupErrors?.[key], () => t("prospects.weightInvalid"))}>
        <Input
          id={id}
          type="number"
          inputMode="decimal"
          step={0.5}
          min={0}
          max={100}
          defaultValue={(initial.value[group] as Record<string, number>)[key]}
          {...form.register(path, { valueAsNumber: true })}
        />
      </Field>
    );
  };
  return (
    <Card>
      <CardHeader title={t("prospects.weights.title")} description={t("prospects.weights.hint")} />
      <CardBody>
        <form noValidate className="space-y-4" onSubmit={form.handleSubmit((value) => save.mutate({ value, version }))}>
          <fieldset className="grid gap-4 sm:grid-cols-3">
            <legend className="mb-2 text-sm font-medium">{t("prospects.score.chainFit")}</legend>
            {CHAIN_STRENGTHS.map((s) => field("chainFit", s, t(`prospects.strengths.${s}`)))}
          </fieldset>
          <fieldset className="grid gap-4 sm:grid-cols-4">
            <legend className="mb-2 text-sm font-medium">{t("prospects.score.size")}</legend>
            {PROSPECT_SIZE_BANDS.map((s) => field("size", s, t(`prospects.sizes.${s}`)))}
          </fieldset>
          <fieldset className="grid gap-4 sm:grid-cols-3">
            <legend className="mb-2 text-sm font-medium">{t("prospects.score.qualifications")}</legend>
            {PROSPECT_TAGS.map((tag) => field("tags", tag, t(`prospects.tags.${tag}`)))}
          </fieldset>
          <Field
            id="weight-risk"
            label={t("prospects.weights.riskPerPoint")}
            error={shownError(errors.riskPerPoint, () => t("prospects.weightInvalid"))}
          >
            <Input
              id="weight-risk"
              type="number"
              inputMode="decimal"
              step={0.5}
              min={0}
              max={20}
              defaultValue={initial.value.riskPerPoint}
              {...form.register("riskPerPoint", { valueAsNumber: true })}
            />
          </Field>
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
