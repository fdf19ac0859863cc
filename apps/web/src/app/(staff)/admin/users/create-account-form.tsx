"use client";

import { CreateStaffAccountInput, STAFF_ROLES, unitFitsRole, type OrgKind } from "@crm/domain";
import { Alert, Button, Card, CardBody, CardHeader, ErrorAlert, Field, Input, Select } from "@crm/ui";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";

import { errorKey } from "~/trpc/errors";
import { useTRPC } from "~/trpc/react";

export interface UnitOption {
  id: string;
  name: string;
  kind: OrgKind;
}

const EMPTY: CreateStaffAccountInput = {
  username: "",
  displayName: "",
  title: "",
  mobile: "",
  role: STAFF_ROLES[0]!,
  unitId: "",
};

/** 新建账号: the one-time password shows once, to hand over; the person changes it at first sign-in. */
export function CreateAccountForm({ units }: { units: UnitOption[] }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const form = useForm<CreateStaffAccountInput>({
    resolver: zodResolver(CreateStaffAccountInput),
    defaultValues: EMPTY,
  });
  const create = useMutation(
    trpc.admin.createUser.mutationOptions({ onSuccess: () => (form.reset(EMPTY), router.refresh()) }),
  );
  const role = form.watch("role");
  const err = (key: keyof CreateStaffAccountInput) => {
    const message = form.formState.errors[key]?.message;
    return message ? t(`validation.${message}` as "validation.account.nameRequired") : undefined;
  };
  return (
    <Card>
      <CardHeader title={t("admin.createTitle")} description={t("admin.createHint")} />
      <CardBody>
        {create.data ? (
          <div className="mb-4">
            <Alert tone="success">
              {t("admin.created", { username: create.data.username })}{" "}
              <code data-testid="one-time-password" className="rounded bg-white px-1 font-mono text-base">
                {create.data.temporaryPassword}
              </code>
              <span className="mt-1 block text-xs">{t("admin.oneTimeHint")}</span>
            </Alert>
          </div>
        ) : null}
        <form
          noValidate
          className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3"
          onSubmit={form.handleSubmit((v) => create.mutate(v))}
        >
          <Field id="new-username" label={t("account.username")} error={err("username")}>
            <Input id="new-username" autoComplete="off" {...form.register("username")} />
          </Field>
          <Field id="new-name" label={t("account.name")} error={err("displayName")}>
            <Input id="new-name" autoComplete="off" {...form.register("displayName")} />
          </Field>
          <Field id="new-title" label={t("admin.title")} error={err("title")}>
            <Input id="new-title" autoComplete="off" {...form.register("title")} />
          </Field>
          <Field id="new-mobile" label={t("account.mobile")} error={err("mobile")}>
            <Input id="new-mobile" type="tel" inputMode="tel" {...form.register("mobile")} />
          </Field>
          <Field id="new-role" label={t("account.role")} error={err("role")}>
            <Select id="new-role" {...form.register("role", { onChange: () => form.setValue("unitId", "") })}>
              {STAFF_ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`roles.${r}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="new-unit" label={t("account.unit")} error={err("unitId")}>
            <Select id="new-unit" {...form.register("unitId")}>
              <option value="">{t("admin.chooseUnit")}</option>
              {units
                .filter((u) => unitFitsRole(role, u.kind))
                .map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
            </Select>
          </Field>
          <div className="space-y-2 sm:col-span-2 lg:col-span-3">
            {create.error ? <ErrorAlert>{t(`errors.${errorKey(create.error)}`)}</ErrorAlert> : null}
            <Button type="submit" disabled={create.isPending}>
              {create.isPending ? t("common.saving") : t("admin.create")}
            </Button>
          </div>
        </form>
      </CardBody>
    </Card>
  );
}
