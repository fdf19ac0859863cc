"use client";

import { PasswordPolicySchema, type PasswordPolicy } from "@crm/domain";
import { Alert, Button, Card, CardBody, CardHeader, ErrorAlert, Field, Input } from "@crm/ui";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { shownError, useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

const FIELDS = [
  { key: "minLength", min: 10, max: 64 },
  { key: "expiryDays", min: 0, max: 365 },
  { key: "historyCount", min: 1, max: 24 },
] as const;

/** 密码策略: the shortest length, the days a password lasts, how many past ones may not come back. */
export function PasswordPolicyForm({ initial }: { initial: { value: PasswordPolicy; version: number } }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const [version, setVersion] = useState(initial.version);
  const form = useForm<PasswordPolicy>({ resolver: zodResolver(PasswordPolicySchema), defaultValues: initial.value });
  const save = useMutation(
    trpc.admin.setPasswordPolicy.mutationOptions({
      onSuccess: (r) => {
        setVersion(r.version);
        form.reset(r.value as PasswordPolicy);
      },
    }),
  );
  const saveError = useFormError(save.error, { form });
  return (
    <Card>
      <CardHeader title={t("admin.passwordPolicy.title")} description={t("admin.passwordPolicy.hint")} />
      <CardBody>
        <form
          noValidate
          className="flex flex-wrap items-end gap-4"
          onSubmit={form.handleSubmit((value) => save.mutate({ value, version }))}
        >
          {FIELDS.map(({ key, min, max }) => (
            <Field
              key={key}
              id={`password-${key}`}
              label={t(`admin.passwordPolicy.${key}`)}
              error={shownError(form.formState.errors[key], () => t(`admin.passwordPolicy.${key}Invalid`))}
            >
              <Input
                id={`password-${key}`}
                type="number"
                inputMode="numeric"
                className="w-32"
                min={min}
                max={max}
                step={1}
                {...form.register(key, { valueAsNumber: true })}
              />
            </Field>
          ))}
          <Button type="submit" disabled={save.isPending || !form.formState.isDirty}>
            {save.isPending ? t("common.saving") : t("common.save")}
          </Button>
        </form>
        <div className="mt-3 space-y-2">
          <ErrorAlert>{saveError.summary}</ErrorAlert>
          {save.isSuccess && !form.formState.isDirty ? <Alert tone="success">{t("rules.saved")}</Alert> : null}
        </div>
      </CardBody>
    </Card>
  );
}
