"use client";

import { PlacementFields, STAFF_ROLES, type StaffRole } from "@crm/domain";
import { Button, ErrorAlert } from "@crm/ui";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";

import { Modal } from "~/components/modal";
import { shownError, useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

import { RoleUnitFields, type UnitOption } from "./role-unit-fields";

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
  const role = useWatch({ control: form.control, name: "role" });
  const saveError = useFormError(save.error, { form, rules: { unitRoleMismatch: "unitId" } });
  const err = (key: keyof PlacementFields) =>
    shownError(form.formState.errors[key], () =>
      t(`validation.${form.formState.errors[key]?.message}` as "validation.account.unitRequired"),
    );
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
        <RoleUnitFields
          idPrefix={formId}
          roles={STAFF_ROLES}
          units={units}
          role={role}
          registerRole={form.register("role", { onChange: () => form.setValue("unitId", "") })}
          registerUnit={form.register("unitId")}
          errors={{ role: err("role"), unitId: err("unitId") }}
        />
        <ErrorAlert>{saveError.summary}</ErrorAlert>
      </form>
    </Modal>
  );
}
