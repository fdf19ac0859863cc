"use client";

import { ChangePasswordInput } from "@crm/domain";
import { Button, ErrorAlert, Field, Input } from "@crm/ui";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { z } from "zod";

import { useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

const Form = ChangePasswordInput.extend({ confirm: z.string() }).refine((v) => v.confirm === v.newPassword, {
  path: ["confirm"],
  message: "password.mismatch",
});
type Form = z.infer<typeof Form>;

/** Changing the password ends every session of this account, this one included: sign in again after. */
export function ChangePasswordForm({ version, signInPath }: { version: number; signInPath: string }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const form = useForm<Form>({
    resolver: zodResolver(Form),
    defaultValues: { currentPassword: "", newPassword: "", confirm: "" },
  });
  const change = useMutation(
    trpc.account.changePassword.mutationOptions({
      onSuccess: () => router.replace(`${signInPath}?changed=1`),
    }),
  );
  // The server's own checks of a new password belong under that field.
  const changeError = useFormError(change.error, {
    form,
    rules: {
      passwordBelowPolicy: "newPassword",
      passwordCommon: "newPassword",
      passwordPersonal: "newPassword",
      passwordReused: "newPassword",
      wrongPassword: "currentPassword",
    },
  });
  const err = (key: keyof Form) => {
    const e = form.formState.errors[key];
    if (e?.type === "server") return e.message;
    const message = e?.message;
    return message ? t(`validation.${message}` as "validation.password.tooShort") : undefined;
  };
  return (
    <form
      noValidate
      className="max-w-sm space-y-4"
      onSubmit={form.handleSubmit(({ currentPassword, newPassword }) =>
        change.mutate({ currentPassword, newPassword, version }),
      )}
    >
      <ErrorAlert>{changeError.summary}</ErrorAlert>
      <Field id="currentPassword" label={t("account.currentPassword")} error={err("currentPassword")}>
        <Input
          id="currentPassword"
          type="password"
          autoComplete="current-password"
          {...form.register("currentPassword")}
        />
      </Field>
      <Field
        id="newPassword"
        label={t("account.newPassword")}
        error={err("newPassword")}
        hint={t("account.passwordRule")}
      >
        <Input id="newPassword" type="password" autoComplete="new-password" {...form.register("newPassword")} />
      </Field>
      <Field id="confirm" label={t("account.confirmPassword")} error={err("confirm")}>
        <Input id="confirm" type="password" autoComplete="new-password" {...form.register("confirm")} />
      </Field>
      <Button type="submit" disabled={change.isPending}>
        {change.isPending ? t("common.saving") : t("account.change")}
      </Button>
    </form>
  );
}
