"use client";

import { BUSINESS_STAFF_ROLES, CreateStaffAccountInput, NEW_ACCOUNT_ROLE } from "@crm/domain";
import { Alert, Button, Card, CardBody, CardHeader, ErrorAlert, Field, Input, invalidProps } from "@crm/ui";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";

import { shownError, useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

import { RoleUnitFields, type UnitOption } from "./role-unit-fields";

const EMPTY: CreateStaffAccountInput = {
  username: "",
  displayName: "",
  title: "",
  mobile: "",
  role: NEW_ACCOUNT_ROLE,
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
  const role = useWatch({ control: form.control, name: "role" });
  // A taken name or number, or a unit that does not fit the role, is the server's to know: under that field.
  const createError = useFormError(create.error, {
    form,
    rules: { usernameTaken: "username", mobileTaken: "mobile", unitRoleMismatch: "unitId" },
  });
  const err = (key: keyof CreateStaffAccountInput) =>
    shownError(form.formState.errors[key], () =>
      t(`validation.${form.formState.errors[key]?.message}` as "validation.account.nameRequired"),
    );
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
            <Input
              {...invalidProps("new-username", err("username"))}
              id="new-username"
              autoComplete="off"
              {...form.register("username")}
            />
          </Field>
          <Field id="new-name" label={t("account.name")} error={err("displayName")}>
            <Input
              {...invalidProps("new-name", err("displayName"))}
              id="new-name"
              autoComplete="off"
              {...form.register("displayName")}
            />
          </Field>
          <Field id="new-title" label={t("admin.title")} error={err("title")}>
            <Input
              {...invalidProps("new-title", err("title"))}
              id="new-title"
              autoComplete="off"
              {...form.register("title")}
            />
          </Field>
          <Field id="new-mobile" label={t("account.mobile")} error={err("mobile")}>
            <Input
              {...invalidProps("new-mobile", err("mobile"))}
              id="new-mobile"
              type="tel"
              inputMode="tel"
              {...form.register("mobile")}
            />
          </Field>
          <RoleUnitFields
            idPrefix="new"
            roles={BUSINESS_STAFF_ROLES}
            units={units}
            role={role}
            registerRole={form.register("role", { onChange: () => form.setValue("unitId", "") })}
            registerUnit={form.register("unitId")}
            errors={{ role: err("role"), unitId: err("unitId") }}
          />
          <div className="space-y-2 sm:col-span-2 lg:col-span-3">
            <ErrorAlert>{createError.summary}</ErrorAlert>
            <Button type="submit" disabled={create.isPending}>
              {create.isPending ? t("common.saving") : t("admin.create")}
            </Button>
          </div>
        </form>
      </CardBody>
    </Card>
  );
}
