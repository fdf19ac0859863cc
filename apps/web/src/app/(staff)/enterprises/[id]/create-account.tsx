"use client";

import { CreateEnterpriseAccountInput } from "@crm/domain";
import { Alert, Button, ErrorAlert, Field, Input, invalidProps } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

/** Makes a portal account; the temporary password shows once, to hand over, and must be changed at first sign-in. */
export function CreateAccount({ enterpriseId }: { enterpriseId: string }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [v, setV] = useState({ username: "", displayName: "", mobile: "" });
  const [touched, setTouched] = useState(false);
  const create = useMutation(
    trpc.enterprise.createAccount.mutationOptions({
      onSuccess: () => (setV({ username: "", displayName: "", mobile: "" }), setTouched(false), router.refresh()),
    }),
  );
  const parsed = CreateEnterpriseAccountInput.safeParse({ enterpriseId, ...v, mobile: v.mobile || null });
  const bad = (k: string) => touched && !parsed.success && parsed.error.issues.some((i) => i.path[0] === k);
  // The checks here first, in their own words; then what only the server knows (a taken name or number).
  const formError = useFormError(create.error, {
    shown: ["username", "displayName", "mobile"],
    rules: { usernameTaken: "username", mobileTaken: "mobile" },
  });
  const usernameError = bad("username") ? t("enterprises.usernameRule") : formError.field("username");
  const nameError = bad("displayName") ? t("enterprises.nameRequired") : formError.field("displayName");
  const mobileError = bad("mobile") ? t("enterprises.mobileRule") : formError.field("mobile");
  return (
    <div className="space-y-3 border-t border-slate-100 pt-3">
      {create.data ? (
        <Alert tone="success">
          {t("enterprises.created", { username: create.data.username })}{" "}
          <code className="rounded bg-white px-1 font-mono text-base">{create.data.temporaryPassword}</code>
          <span className="mt-1 block text-xs">{t("enterprises.createdHint")}</span>
        </Alert>
      ) : null}
      <form
        noValidate
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          setTouched(true);
          if (parsed.success) create.mutate(parsed.data);
        }}
      >
        <Field id="acct-username" label={t("account.username")} error={usernameError}>
          <Input
            {...invalidProps("acct-username", usernameError)}
            id="acct-username"
            autoComplete="off"
            placeholder="ent.example"
            value={v.username}
            onChange={(e) => setV({ ...v, username: e.target.value })}
          />
        </Field>
        <Field id="acct-name" label={t("account.name")} error={nameError}>
          <Input
            {...invalidProps("acct-name", nameError)}
            id="acct-name"
            value={v.displayName}
            onChange={(e) => setV({ ...v, displayName: e.target.value })}
          />
        </Field>
        <Field id="acct-mobile" label={t("account.mobile")} error={mobileError}>
          <Input
            {...invalidProps("acct-mobile", mobileError)}
            id="acct-mobile"
            type="tel"
            inputMode="tel"
            value={v.mobile}
            onChange={(e) => setV({ ...v, mobile: e.target.value })}
          />
        </Field>
        <ErrorAlert>{formError.summary}</ErrorAlert>
        <Button type="submit" size="sm" disabled={create.isPending}>
          {t("enterprises.createAccount")}
        </Button>
      </form>
    </div>
  );
}
