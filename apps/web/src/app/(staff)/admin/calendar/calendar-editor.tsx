"use client";

import type { RouterOutputs } from "@crm/api";
import { formatDate } from "@crm/domain";
import { Badge, Button, EmptyState, ErrorAlert, Field, Input, invalidProps, Select, Table, Td, Th } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { ConfirmDialog } from "~/components/confirm-dialog";
import { useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

type Day = RouterOutputs["settings"]["calendar"][number];
const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

/** The year's holidays and make-up working days, with a form to add one and a confirmed remove. */
export function CalendarEditor({ year, days }: { year: number; days: Day[] }) {
  const t = useTranslations();
  const locale = useLocale() === "en" ? "en" : "zh-CN";
  const trpc = useTRPC();
  const router = useRouter();
  const [draft, setDraft] = useState({ day: "", working: false, note: "" });
  const [removing, setRemoving] = useState<Day | null>(null);
  const add = useMutation(
    trpc.settings.setCalendarDay.mutationOptions({
      onSuccess: () => {
        setDraft({ day: "", working: false, note: "" });
        router.refresh();
      },
    }),
  );
  const remove = useMutation(trpc.settings.removeCalendarDay.mutationOptions({ onSettled: () => router.refresh() }));
  const formError = useFormError(add.error ?? remove.error, {
    shown: add.error ? ["day", "working", "note"] : [],
    rules: { holidayOnWeekend: "day", workdayNotWeekend: "day" },
  });
  const outOfYear = draft.day !== "" && !draft.day.startsWith(`${year}-`);
  const dayError = outOfYear ? t("calendar.otherYear", { year }) : formError.field("day");

  return (
    <div>
      <form
        className="grid gap-3 border-b border-slate-100 p-4 sm:grid-cols-[10rem_12rem_1fr_auto] sm:items-end"
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate({ day: draft.day, working: draft.working, note: draft.note || null });
        }}
      >
        <Field id="cal-day" label={t("calendar.day")} error={dayError}>
          <Input
            {...invalidProps("cal-day", dayError)}
            id="cal-day"
            type="date"
            min={`${year}-01-01`}
            max={`${year}-12-31`}
            value={draft.day}
            onChange={(e) => setDraft({ ...draft, day: e.target.value })}
            required
          />
        </Field>
        <Field id="cal-kind" label={t("calendar.kind")} error={formError.field("working")}>
          <Select
            {...invalidProps("cal-kind", formError.field("working"))}
            id="cal-kind"
            value={draft.working ? "workday" : "holiday"}
            onChange={(e) => setDraft({ ...draft, working: e.target.value === "workday" })}
          >
            <option value="holiday">{t("calendar.holiday")}</option>
            <option value="workday">{t("calendar.workday")}</option>
          </Select>
        </Field>
        <Field id="cal-note" label={t("calendar.note")} error={formError.field("note")}>
          <Input
            {...invalidProps("cal-note", formError.field("note"))}
            id="cal-note"
            maxLength={40}
            placeholder={t("calendar.notePlaceholder")}
            value={draft.note}
            onChange={(e) => setDraft({ ...draft, note: e.target.value })}
          />
        </Field>
        <Button type="submit" disabled={add.isPending || draft.day === "" || outOfYear}>
          {t("calendar.add")}
        </Button>
      </form>
      {formError.summary ? (
        <div className="p-4">
          <ErrorAlert>{formError.summary}</ErrorAlert>
        </div>
      ) : null}
      {days.length === 0 ? (
        <EmptyState title={t("calendar.empty", { year })} description={t("calendar.emptyHint")} />
      ) : (
        <Table>
          <thead className="bg-slate-50">
            <tr>
              <Th>{t("calendar.day")}</Th>
              <Th>{t("calendar.weekday")}</Th>
              <Th>{t("calendar.kind")}</Th>
              <Th className="hidden sm:table-cell">{t("calendar.note")}</Th>
              <Th>
                <span className="sr-only">{t("admin.actions")}</span>
              </Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {days.map((d) => (
              <tr key={d.day}>
                <Td className="tabular-nums">{formatDate(d.day, locale)}</Td>
                <Td>{t(`calendar.weekdays.${weekday(d.day)}`)}</Td>
                <Td>
                  {d.working ? (
                    <Badge tone="amber">{t("calendar.workday")}</Badge>
                  ) : (
                    <Badge tone="green">{t("calendar.holiday")}</Badge>
                  )}
                </Td>
                <Td className="hidden text-slate-500 sm:table-cell">{d.note ?? "—"}</Td>
                <Td className="text-right">
                  <Button size="sm" variant="secondary" disabled={remove.isPending} onClick={() => setRemoving(d)}>
                    {t("calendar.remove")}
                  </Button>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={removing ? t("calendar.removeTitle", { day: formatDate(removing.day, locale) }) : ""}
        body={t("calendar.removeBody")}
        confirmLabel={t("calendar.remove")}
        danger
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing) remove.mutate({ day: removing.day, version: removing.version });
          setRemoving(null);
        }}
      />
    </div>
  );
}
