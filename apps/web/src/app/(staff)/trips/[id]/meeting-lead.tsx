"use client";

import type { RouterOutputs } from "@crm/api";
import { Alert, Button, ErrorAlert, Select } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { formatters } from "~/components/format";
import { useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

type Made = RouterOutputs["trip"]["meetingToLead"];

/**
 * A held meeting's outcome becomes a lead for a unit, through the duplicate check: when leads for
 * the enterprise exist they are listed and the member joins one instead.
 */
export function MeetingLead({
  meeting,
  units,
}: {
  meeting: { id: string; version: number; enterpriseName: string };
  units: { id: string; name: string; kind: string }[];
}) {
  const t = useTranslations("trips.lead");
  const f = formatters(useLocale());
  const trpc = useTRPC();
  const router = useRouter();
  const [unitId, setUnitId] = useState("");
  const [result, setResult] = useState<Made | null>(null);
  const make = useMutation(
    trpc.trip.meetingToLead.mutationOptions({
      onSuccess: (r) => {
        setResult(r);
        if (r.status !== "duplicates") router.refresh();
      },
    }),
  );
  const error = useFormError(make.error);
  const id = `lead-unit-${meeting.id}`;
  if (result && result.status !== "duplicates")
    return (
      <Alert tone="success">
        {t(result.status === "joined" ? "joined" : "created")}
        {result.dueOn ? ` ${t("task", { due: f.date(result.dueOn) })}` : ""}
      </Alert>
    );
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor={id} className="block text-sm font-medium text-slate-700">
            {t("unit")}
          </label>
          <Select id={id} value={unitId} onChange={(e) => setUnitId(e.target.value)} className="min-h-11">
            <option value="">—</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </Select>
        </div>
        <Button
          className="min-h-11"
          disabled={!unitId || make.isPending}
          onClick={() => make.mutate({ id: meeting.id, version: meeting.version, assigneeUnitId: unitId })}
        >
          {t("action")}
        </Button>
      </div>
      <ErrorAlert>{error.summary}</ErrorAlert>
      {result?.status === "duplicates" ? (
        <div
          role="status"
          className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
        >
          <p>{t("duplicates")}</p>
          <ul className="space-y-2">
            {result.duplicates.leads.map((l) => (
              <li key={l.id} className="flex flex-wrap items-center gap-2">
                <span>
                  {t("duplicateItem", { name: l.enterpriseName, unit: l.reportingUnit, on: f.date(l.reportedOn) })}
                </span>
                <Button
                  size="sm"
                  variant="secondary"
                  disabled={make.isPending}
                  onClick={() =>
                    make.mutate({ id: meeting.id, version: meeting.version, assigneeUnitId: unitId, joinLeadId: l.id })
                  }
                >
                  {t("join")}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
