"use client";

import { Button, ErrorAlert, Field, Input, Select } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { errorKey } from "~/trpc/errors";
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
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (v.departmentId)
          route.mutate({ id, version, departmentId: v.departmentId, timeLimitDays: v.days, note: v.note || null });
      }}
    >
      <Field id="route-dept" label={t("requests.department")}>
        <Select
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
      <Field id="route-days" label={t("requests.timeLimit")}>
        <Input
          id="route-days"
          type="number"
          inputMode="numeric"
          min={1}
          max={180}
          value={v.days}
          onChange={(e) => setV({ ...v, days: Number(e.target.value) || 1 })}
        />
      </Field>
      <Field id="route-note" label={t("requests.routeNote")}>
        <Input id="route-note" maxLength={500} value={v.note} onChange={(e) => setV({ ...v, note: e.target.value })} />
      </Field>
      {route.error ? <ErrorAlert>{t(`errors.${errorKey(route.error)}`)}</ErrorAlert> : null}
      <Button type="submit" disabled={!v.departmentId || route.isPending}>
        {t("requests.routeSubmit")}
      </Button>
    </form>
  );
}
