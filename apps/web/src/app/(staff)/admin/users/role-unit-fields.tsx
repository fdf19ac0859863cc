"use client";

import { unitFitsRole, type OrgKind, type StaffRole } from "@crm/domain";
import { Field, invalidProps, Select } from "@crm/ui";
import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";

export interface UnitOption {
  id: string;
  name: string;
  kind: OrgKind;
}

/**
 * A staff account's role and its unit, as opening an account and moving one both ask: the unit list
 * offers only the units that fit the chosen role (the server checks the same), and choosing another
 * role clears the unit (the caller's `role` registration does that). `roles` are those the caller
 * may give: a business role when opening an account, any staff role when the security administrator
 * moves one.
 */
export function RoleUnitFields({
  idPrefix,
  roles,
  units,
  role,
  registerRole,
  registerUnit,
  errors,
}: {
  idPrefix: string;
  roles: readonly StaffRole[];
  units: UnitOption[];
  role: StaffRole;
  registerRole: UseFormRegisterReturn<"role">;
  registerUnit: UseFormRegisterReturn<"unitId">;
  errors: { role?: string; unitId?: string };
}) {
  const t = useTranslations();
  const roleId = `${idPrefix}-role`;
  const unitId = `${idPrefix}-unit`;
  return (
    <>
      <Field id={roleId} label={t("account.role")} error={errors.role}>
        <Select {...invalidProps(roleId, errors.role)} id={roleId} {...registerRole}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id={unitId} label={t("account.unit")} error={errors.unitId}>
        <Select {...invalidProps(unitId, errors.unitId)} id={unitId} {...registerUnit}>
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
    </>
  );
}
