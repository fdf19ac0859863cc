"use client";

import { Button, ErrorAlert, Field, Input } from "@crm/ui";
import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { signInAction, type SignInState } from "./actions";

export function SignInForm({ from }: { from: string | null }) {
  const t = useTranslations("signIn");
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  return (
    <form action={action} className="space-y-5" noValidate>
      {from ? <input type="hidden" name="from" value={from} /> : null}
      {state.error ? <ErrorAlert>{t(`errors.${state.error}`, { minutes: state.minutes ?? 15 })}</ErrorAlert> : null}
      <Field id="login" label={t("login")} hint={t("loginHint")}>
        <Input
          id="login"
          name="login"
          autoComplete="username"
          autoFocus
          required
          defaultValue={state.login}
          aria-invalid={state.error === "invalid" || state.error === "required"}
        />
      </Field>
      <Field id="password" label={t("password")}>
        <Input id="password" name="password" type="password" autoComplete="current-password" required />
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
