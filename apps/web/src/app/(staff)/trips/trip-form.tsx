"use client";

import type { RouterOutputs } from "@crm/api";
import { CreateTripInput } from "@crm/domain";
import { Alert, Button, ErrorAlert, Field, Input, invalidProps, Textarea } from "@crm/ui";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";

import { shownError, useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

type Options = RouterOutputs["trip"]["options"];
type Values = z.input<typeof CreateTripInput>;
type Output = z.output<typeof CreateTripInput>;

const splitPlaces = (v: unknown) =>
  Array.isArray(v)
    ? v
    : String(v ?? "")
        .split(/[,，、\s]+/)
        .map((s) => s.trim())
        .filter(Boolean);

/** A trip's plan: where, when, who goes, why, which chains, the goals set before leaving. */
export function TripForm({
  options,
  initial,
}: {
  options: Options;
  initial?: { id: string; version: number; values: Values };
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(CreateTripInput),
    defaultValues: initial?.values ?? {
      title: "",
      destinations: [],
      startsOn: "",
      endsOn: "",
      chainIds: [],
      goalMeetings: 0,
      goalLeads: 0,
      goalSignings: 0,
      memberIds: [],
    },
  });
  const create = useMutation(trpc.trip.create.mutationOptions({ onSuccess: (r) => router.push(`/trips/${r.id}`) }));
  const update = useMutation(
    trpc.trip.update.mutationOptions({
      onSuccess: () => {
        form.reset(form.getValues());
        router.refresh();
      },
    }),
  );
  const save = initial ? update : create;
  const saveError = useFormError(save.error, { form });
  const errors = form.formState.errors;
  const submit = form.handleSubmit((value) => {
    if (initial) update.mutate({ id: initial.id, version: initial.version, fields: value });
    else create.mutate(value);
  });
  function errorOf(name: keyof Values): string | undefined {
    const e = errors[name] as { type?: string; message?: string } | undefined;
    return shownError(e, () => {
      const key = e?.message ?? "";
      if (!/^[a-zA-Z]+(\.[a-zA-Z]+)+$/.test(key)) return t("forms.fieldErrors.invalid");
      if (t.has(`validation.${key}`)) return t(`validation.${key}`);
      return t.has(key) ? t(key) : t("forms.fieldErrors.invalid");
    });
  }
  const input = (name: "title" | "startsOn" | "endsOn" | "costWan", type = "text") => (
    <Field id={`trip-${name}`} label={t(`trips.fields.${name}`)} error={errorOf(name)}>
      <Input
        {...invalidProps(`trip-${name}`, errorOf(name))}
        id={`trip-${name}`}
        type={type}
        inputMode={name === "costWan" ? "decimal" : undefined}
        {...form.register(name)}
      />
    </Field>
  );
  const goal = (name: "goalMeetings" | "goalLeads" | "goalSignings") => (
    <Field id={`trip-${name}`} label={t(`trips.fields.${name}`)} error={errorOf(name)}>
      <Input
        {...invalidProps(`trip-${name}`, errorOf(name))}
        id={`trip-${name}`}
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        {...form.register(name, { valueAsNumber: true })}
      />
    </Field>
  );
  return (
    <form noValidate className="space-y-4" onSubmit={submit}>
      <div className="grid gap-4 sm:grid-cols-2">
        {input("title")}
        <Field
          id="trip-destinations"
          label={t("trips.fields.destinations")}
          hint={t("trips.fields.destinationsHint")}
          error={errorOf("destinations")}
        >
          <Input
            {...invalidProps("trip-destinations", errorOf("destinations"))}
            id="trip-destinations"
            {...form.register("destinations", { setValueAs: splitPlaces })}
          />
        </Field>
        {input("startsOn", "date")}
        {input("endsOn", "date")}
        {goal("goalMeetings")}
        {goal("goalLeads")}
        {goal("goalSignings")}
        {input("costWan")}
      </div>
      <Field id="trip-purpose" label={t("trips.fields.purpose")} error={errorOf("purpose")}>
        <Textarea id="trip-purpose" rows={2} {...form.register("purpose")} />
      </Field>
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-700">{t("trips.fields.chains")}</legend>
        <div className="flex flex-wrap gap-3">
          {options.chains.map((c) => (
            <label key={c.id} className="flex items-center gap-1.5 text-sm">
              <input type="checkbox" value={c.id} {...form.register("chainIds")} />
              {c.name}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset aria-describedby={errorOf("memberIds") ? "trip-members-error" : undefined}>
        <legend className="mb-1 text-sm font-medium text-slate-700">{t("trips.fields.members")}</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {options.people.map((p) => (
            <label key={p.id} className="flex items-center gap-1.5 text-sm">
              <input type="checkbox" value={p.id} {...form.register("memberIds")} />
              {p.name}
              <span className="text-slate-500">{p.unitName}</span>
            </label>
          ))}
        </div>
        {errorOf("memberIds") ? (
          <ErrorAlert id="trip-members-error" inline>
            {errorOf("memberIds")}
          </ErrorAlert>
        ) : null}
      </fieldset>
      <ErrorAlert>{saveError.summary}</ErrorAlert>
      {update.isSuccess && !form.formState.isDirty ? <Alert tone="success">{t("trips.saved")}</Alert> : null}
      <Button type="submit" disabled={save.isPending}>
        {save.isPending ? t("common.saving") : initial ? t("common.save") : t("trips.create")}
      </Button>
    </form>
  );
}
