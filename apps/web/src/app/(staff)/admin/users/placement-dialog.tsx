"use client";

import { PlacementFields, STAFF_ROLES, unitFitsRole, type StaffRole } from "@crm/domain";
import { Button, ErrorAlert, Field, Select } from "@crm/ui";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";

import { Modal } from "~/components/modal";
import { errorKey } from "~/trpc/errors";
import { useTRPC } from "~/trpc/react";

import type { UnitOption } from "./create-account-form";

export interface PlacedUser {
  id: string;
  displayName: string;
  role: StaffRole;
  unitId: string | null;
  version: number;
}

/** 调整角色: a role and a unit that fits it; saving ends the person's sessions. */
export function PlacementDialog({
  user,
  units,
  onClose,
  onDone,
}: {
  user: PlacedUser;
  units: UnitOption[];
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const form = useForm<PlacementFields>({
    resolver: zodResolver(PlacementFields),
    defaultValues: { role: user.role, unitId: user.unitId ?? "" },
  });
  const save = useMutation(trpc.admin.changePlacement.mutationOptions({ onSuccess: onDone }));
  const role = form.watch("role");
  const err = (key: keyof PlacementFields) => {
    const message = form.formState.errors[key]?.message;
    return message ? t(`validation.${message}` as "validation.account.unitRequired") : undefined;
  };
  const formId = `placement-${user.id}`;
  return (
    <Modal
      open
      title={t("admin.changeRoleTitle", { name: user.displayName })}
      onClose={onClose}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" form={formId} disabled={save.isPending}>
            {save.isPending ? t("common.saving") : t("common.save")}
          </Button>
        </>
      }
    >
      <p className="text-sm text-slate-600">{t("admin.changeRoleHint")}</p>
      <form
        id={formId}
        noValidate
        className="space-y-3"
        onSubmit={form.handleSubmit((v) => save.mutate({ ...v, id: user.id, version: user.version }))}
      >
        <Field id={`${formId}-role`} label={t("account.role")} error={err("role")}>
          <Select id={`${formId}-role`} {...form.register("role", { onChange: () => form.setValue("unitId", "") })}>
            {STAFF_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={`${formId}-unit`} label={t("account.unit")} error={err("unitId")}>
          <Select id={`${formId}-unit`} {...form.register("unitId")}>
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
        {save.error ? <ErrorAlert>{t(`errors.${errorKey(save.error)}`)}</ErrorAlert> : null}
      </form>
    </Modal>
  );
}
