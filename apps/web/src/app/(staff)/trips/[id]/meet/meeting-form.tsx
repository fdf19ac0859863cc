"use client";

import { MEETING_INTERESTS, RecordTripMeetingInput } from "@crm/domain";
import { Alert, Button, ErrorAlert, Field, Input, invalidProps, Textarea } from "@crm/ui";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";

import { shownError, useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

type Values = z.input<typeof RecordTripMeetingInput>;
type Output = z.output<typeof RecordTripMeetingInput>;

const BIG = "min-h-12 text-base";

/**
 * A meeting recorded on a phone during the trip: one column, big touch targets, the interest as
 * four large radio buttons. After saving, the form clears for the next meeting.
 */
export function MeetingForm({ tripId, today, targets }: { tripId: string; today: string; targets: string[] }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [saved, setSaved] = useState<string | null>(null);
  const blank: Values = {
    tripId,
    meetsOn: today,
    enterpriseName: "",
    people: "",
    interest: "medium",
    nextStep: "",
    held: true,
  };
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(RecordTripMeetingInput),
    defaultValues: blank,
  });
  const record = useMutation(
    trpc.trip.recordMeeting.mutationOptions({
      onSuccess: () => {
        setSaved(form.getValues("enterpriseName"));
        form.reset({ ...blank, meetsOn: form.getValues("meetsOn") });
        router.refresh();
      },
    }),
  );
  // A day outside the trip is the server's to know (the trip's dates): said under the date.
  const saveError = useFormError(record.error, { form, rules: { meetingOutsideTrip: "meetsOn" } });
  const errors = form.formState.errors;
  function errorOf(name: keyof Values): string | undefined {
    const e = errors[name] as { type?: string; message?: string } | undefined;
    return shownError(e, () => {
      const key = e?.message ?? "";
      if (!/^[a-zA-Z]+(\.[a-zA-Z]+)+$/.test(key)) return t("forms.fieldErrors.invalid");
      if (t.has(`validation.${key}`)) return t(`validation.${key}`);
      return t.has(key) ? t(key) : t("forms.fieldErrors.invalid");
    });
  }
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={form.handleSubmit((v) => {
        setSaved(null);
        record.mutate(v);
      })}
    >
      <Field id="meeting-enterprise" label={t("trips.meeting.enterprise")} error={errorOf("enterpriseName")}>
        <Input
          {...invalidProps("meeting-enterprise", errorOf("enterpriseName"))}
          id="meeting-enterprise"
          className={BIG}
          list="meeting-targets"
          autoComplete="off"
          {...form.register("enterpriseName")}
        />
        <datalist id="meeting-targets">
          {targets.map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
      </Field>
      <Field id="meeting-on" label={t("trips.meeting.meetsOn")} error={errorOf("meetsOn")}>
        <Input
          {...invalidProps("meeting-on", errorOf("meetsOn"))}
          id="meeting-on"
          type="date"
          className={BIG}
          {...form.register("meetsOn")}
        />
      </Field>
      <Field id="meeting-people" label={t("trips.meeting.people")} error={errorOf("people")}>
        <Input id="meeting-people" className={BIG} {...form.register("people")} />
      </Field>
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-700">{t("trips.meeting.interest")}</legend>
        <div className="grid grid-cols-2 gap-2">
          {MEETING_INTERESTS.map((i) => (
            <label
              key={i}
              className="flex min-h-12 cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-3 text-base has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600"
            >
              <input type="radio" value={i} className="size-5" {...form.register("interest")} />
              {t(`trips.interests.${i}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <Field id="meeting-next" label={t("trips.meeting.nextStep")} error={errorOf("nextStep")}>
        <Textarea id="meeting-next" rows={3} className="text-base" {...form.register("nextStep")} />
      </Field>
      <label className="flex min-h-12 items-center gap-2 text-base">
        <input type="checkbox" className="size-5" {...form.register("held")} />
        {t("trips.meeting.held")}
      </label>
      <ErrorAlert>{saveError.summary}</ErrorAlert>
      {saved ? (
        <Alert tone="success">
          {t("trips.meeting.saved", { name: saved })}{" "}
          <Link href={`/trips/${tripId}`} className="font-medium underline">
            {t("trips.meeting.backToTrip")}
          </Link>
        </Alert>
      ) : null}
      <Button type="submit" className="min-h-12 w-full text-base" disabled={record.isPending}>
        {record.isPending ? t("common.saving") : t("trips.meeting.submit")}
      </Button>
    </form>
  );
}
