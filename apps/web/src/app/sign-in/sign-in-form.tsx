"use client";

import { Button, ErrorAlert, Field, Input, invalidProps } from "@crm/ui";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";

import { secondFactorAction, signInAction, type SecondFactorState, type SignInState } from "./actions";

export function SignInForm({ from }: { from: string | null }) {
  const t = useTranslations("signIn");
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  const [restarted, setRestarted] = useState<SignInState | null>(null);
  if (state.step === "code" && restarted !== state)
    return <SecondFactorStep from={from} login={state.login ?? ""} onRestart={() => setRestarted(state)} />;
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

/** The second step: six digits from the authenticator app, or one of the recovery codes. */
function SecondFactorStep({ from, login, onRestart }: { from: string | null; login: string; onRestart: () => void }) {
  const t = useTranslations("signIn.code");
  const [state, action, pending] = useActionState<SecondFactorState, FormData>(secondFactorAction, {});
  const [recovery, setRecovery] = useState(false);
  const error = state.error ? t(`errors.${state.error}`, { minutes: state.minutes ?? 15 }) : undefined;
  return (
    <form action={action} className="space-y-5" noValidate>
      {from ? <input type="hidden" name="from" value={from} /> : null}
      <p className="text-sm text-slate-700">{t(recovery ? "recoveryIntro" : "intro", { login })}</p>
      <Field
        id="code"
        label={t(recovery ? "recoveryLabel" : "label")}
        hint={t(recovery ? "recoveryHint" : "hint")}
        error={error}
      >
        <Input
          key={recovery ? "recovery" : "totp"}
          id="code"
          name="code"
          autoFocus
          required
          autoComplete="one-time-code"
          {...(recovery
            ? { autoCapitalize: "none", spellCheck: false, maxLength: 20 }
            : { inputMode: "numeric" as const, pattern: "[0-9 ]*", maxLength: 7 })}
          {...invalidProps("code", error)}
        />
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
      <div className="flex flex-wrap justify-between gap-2 text-sm">
        <button
          type="button"
          className="text-brand-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600"
          onClick={() => setRecovery((r) => !r)}
        >
          {t(recovery ? "useApp" : "useRecovery")}
        </button>
        <button
          type="button"
          className="text-slate-600 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600"
          onClick={onRestart}
        >
          {t("restart")}
        </button>
      </div>
      {state.error === "expired" ? null : <p className="text-xs text-slate-500">{t("lost")}</p>}
    </form>
  );
}
