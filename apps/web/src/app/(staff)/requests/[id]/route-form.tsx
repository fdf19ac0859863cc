"use client";

import { Button, ErrorAlert, Field, Input, invalidProps, Select } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

/** The bureau sends the request to a department with a time limit in working days. */
export function RouteForm({
  id,
  version,
  departments,
  current,
}: {
  id: string;
  version: number;
  departments: { id: string; name: string }[];
  current: string | null;
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [v, setV] = useState({ departmentId: current ?? "", days: 10, note: "" });
  const route = useMutation(trpc.request.route.mutationOptions({ onSuccess: () => router.refresh() }));
  const formError = useFormError(route.error, {
    shown: ["departmentId", "timeLimitDays", "note"],
    rules: { notDepartment: "departmentId" },
  });
  const err = (path: string) => formError.field(path);
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (v.departmentId)
          route.mutate({ id, version, departmentId: v.departmentId, timeLimitDays: v.days, note: v.note || null });
      }}
    >
      <Field id="route-dept" label={t("requests.department")} error={err("departmentId")}>
        <Select
          {...invalidProps("route-dept", err("departmentId"))}
          id="route-dept"
          value={v.departmentId}
          onChange={(e) => setV({ ...v, departmentId: e.target.value })}
          required
        >
          <option value="">{t("requests.chooseDepartment")}</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="route-days" label={t("requests.timeLimit")} error={err("timeLimitDays")}>
        <Input
          {...invalidProps("route-days", err("timeLimitDays"))}
          id="route-days"
          type="number"
          inputMode="numeric"
          min={1}
          max={180}
          value={v.days}
          onChange={(e) => setV({ ...v, days: Number(e.target.value) || 1 })}
        />
      </Field>
      <Field id="route-note" label={t("requests.routeNote")} error={err("note")}>
        <Input
          {...invalidProps("route-note", err("note"))}
          id="route-note"
          maxLength={500}
          value={v.note}
          onChange={(e) => setV({ ...v, note: e.target.value })}
        />
      </Field>
      <ErrorAlert>{formError.summary}</ErrorAlert>
      <Button type="submit" disabled={!v.departmentId || route.isPending}>
        {t("requests.routeSubmit")}
      </Button>
    </form>
  );
}
