"use client";

import { SESSION_LIMITS, SessionPolicySchema, type SessionPolicy } from "@crm/domain";
import { Alert, Button, Card, CardBody, CardHeader, ErrorAlert, Field, Input } from "@crm/ui";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { shownError, useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

/** 会话超时: minutes without use after which a session ends; the 12-hour limit is fixed. */
export function SessionPolicyForm({
  initial,
}: {
  initial: { value: SessionPolicy; version: number; absoluteHours: number };
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const [version, setVersion] = useState(initial.version);
  const form = useForm<SessionPolicy>({ resolver: zodResolver(SessionPolicySchema), defaultValues: initial.value });
  const save = useMutation(
    trpc.admin.setSessionPolicy.mutationOptions({
      onSuccess: (r) => {
        setVersion(r.version);
        form.reset(r.value as SessionPolicy);
      },
    }),
  );
  const saveError = useFormError(save.error, { form });
  return (
    <Card>
      <CardHeader
        title={t("admin.sessionTitle")}
        description={t("admin.sessionHint", { hours: initial.absoluteHours })}
      />
      <CardBody>
        <form
          noValidate
          className="flex flex-wrap items-end gap-4"
          onSubmit={form.handleSubmit((value) => save.mutate({ value, version }))}
        >
          <Field
            id="session-idle"
            label={t("admin.idleMinutes")}
            error={shownError(form.formState.errors.idleMinutes, () =>
              t("validation.session.idleInvalid", {
                min: SESSION_LIMITS.minIdleMinutes,
                max: SESSION_LIMITS.maxIdleMinutes,
              }),
            )}
          >
            <Input
              id="session-idle"
              type="number"
              inputMode="numeric"
              className="w-32"
              min={SESSION_LIMITS.minIdleMinutes}
              max={SESSION_LIMITS.maxIdleMinutes}
              step={1}
              {...form.register("idleMinutes", { valueAsNumber: true })}
            />
          </Field>
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
