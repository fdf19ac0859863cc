"use client";

import type { RouterOutputs } from "@crm/api";
import { EnterpriseProfileInput } from "@crm/domain";
import { Alert, Button, ErrorAlert, Field, Input } from "@crm/ui";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";

import { shownError, useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

type Profile = RouterOutputs["portal"]["profile"];
const Form = EnterpriseProfileInput.omit({ version: true });
type Form = z.infer<typeof Form>;

/** The enterprise's contact person and phone, which its service contact and the bureau call. */
export function ContactForm({ profile }: { profile: Profile }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const [version, setVersion] = useState(profile.version);
  const initial = { contactName: profile.contactName ?? "", contactPhone: profile.contactPhone ?? "" };
  const form = useForm<Form>({ resolver: zodResolver(Form), defaultValues: initial });
  const save = useMutation(
    trpc.portal.updateProfile.mutationOptions({
      onSuccess: (r) => {
        setVersion(r.version);
        form.reset({ contactName: r.contactName ?? "", contactPhone: r.contactPhone ?? "" });
      },
    }),
  );
  const saveError = useFormError(save.error, { form });
  const err = (k: keyof Form) =>
    shownError(form.formState.errors[k], () => t(k === "contactPhone" ? "portal.phoneInvalid" : "portal.nameRequired"));
  return (
    <form noValidate className="space-y-4" onSubmit={form.handleSubmit((v) => save.mutate({ ...v, version }))}>
      <p className="text-sm text-slate-600">{profile.name}</p>
      <Field id="contactName" label={t("portal.contactName")} error={err("contactName")}>
        <Input
          id="contactName"
          autoComplete="name"
          defaultValue={initial.contactName}
          {...form.register("contactName")}
        />
      </Field>
      <Field
        id="contactPhone"
        label={t("portal.contactPhone")}
        error={err("contactPhone")}
        hint={t("portal.phoneHint")}
      >
        <Input
          id="contactPhone"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          defaultValue={initial.contactPhone}
          {...form.register("contactPhone")}
        />
      </Field>
      <ErrorAlert>{saveError.summary}</ErrorAlert>
      {save.isSuccess && !form.formState.isDirty ? <Alert tone="success">{t("rules.saved")}</Alert> : null}
      <Button type="submit" disabled={save.isPending}>
        {save.isPending ? t("common.saving") : t("common.save")}
      </Button>
    </form>
  );
}
