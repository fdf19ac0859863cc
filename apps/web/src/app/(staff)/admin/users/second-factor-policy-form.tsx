"use client";

import { STAFF_ROLES, type SecondFactorPolicy, type StaffRole } from "@crm/domain";
import { Alert, Button, Card, CardBody, CardHeader, ErrorAlert } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

/** 双因素认证策略: which roles must sign in with a second factor (the security administrator sets it). */
export function SecondFactorPolicyForm({ initial }: { initial: { value: SecondFactorPolicy; version: number } }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const [version, setVersion] = useState(initial.version);
  const [saved, setSaved] = useState<readonly StaffRole[]>(initial.value.requiredRoles);
  const [roles, setRoles] = useState<readonly StaffRole[]>(initial.value.requiredRoles);
  const save = useMutation(
    trpc.admin.setSecondFactorPolicy.mutationOptions({
      onSuccess: (r) => {
        setVersion(r.version);
        setSaved((r.value as SecondFactorPolicy).requiredRoles);
      },
    }),
  );
  const saveError = useFormError(save.error);
  const dirty = roles.length !== saved.length || roles.some((r) => !saved.includes(r));
  return (
    <Card>
      <CardHeader title={t("admin.secondFactorPolicy.title")} description={t("admin.secondFactorPolicy.hint")} />
      <CardBody>
        <form
          noValidate
          className="space-y-4"
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate({ value: { requiredRoles: [...roles] }, version });
          }}
        >
          <fieldset>
            <legend className="text-sm font-medium text-slate-700">{t("admin.secondFactorPolicy.roles")}</legend>
            <div className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
              {STAFF_ROLES.map((role) => (
                <label key={role} className="flex items-center gap-2 text-sm text-slate-900">
                  <input
                    type="checkbox"
                    className="size-4 rounded border-slate-400 text-brand-600 focus:ring-brand-600"
                    checked={roles.includes(role)}
                    onChange={(e) =>
                      setRoles((rs) => (e.target.checked ? [...rs, role] : rs.filter((r) => r !== role)))
                    }
                  />
                  {t(`roles.${role}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <Button type="submit" disabled={save.isPending || !dirty}>
            {save.isPending ? t("common.saving") : t("common.save")}
          </Button>
        </form>
        <div className="mt-3 space-y-2">
          <ErrorAlert>{saveError.summary}</ErrorAlert>
          {save.isSuccess && !dirty ? <Alert tone="success">{t("admin.secondFactorPolicy.saved")}</Alert> : null}
        </div>
      </CardBody>
    </Card>
  );
}
