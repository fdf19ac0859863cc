"use client";

import { PROMO_EVENT_KINDS, PromoEventFields, todayInShanghai, type PromoEventKind } from "@crm/domain";
import { Alert, Button, Card, CardBody, ErrorAlert, Field, Input, invalidProps, Select, Textarea } from "@crm/ui";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type FieldError, type UseFormReturn } from "react-hook-form";
import { z } from "zod";

import { useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

interface Values {
  kind: PromoEventKind;
  title: string;
  heldOn: string;
  place: string;
  organisers: string;
  costWan: string;
}

const blankToNull = (v: Values) => ({
  ...v,
  place: v.place.trim() || null,
  organisers: v.organisers.trim() || null,
  costWan: v.costWan.trim() || null,
});

/** Plans an event, or changes one (with its version): kind, title, date, place, organisers, cost. */
export function EventForm({ event }: { event?: Values & { id: string; version: number } }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const [version, setVersion] = useState(event?.version ?? 1);
  const [schema] = useState(() => z.preprocess((v) => blankToNull(v as Values), PromoEventFields));
  const form = useForm<Values, unknown, z.output<typeof PromoEventFields>>({
    resolver: zodResolver(schema as unknown as z.ZodType<z.output<typeof PromoEventFields>, Values>),
    defaultValues: {
      kind: event?.kind ?? "roadshow",
      title: event?.title ?? "",
      heldOn: event?.heldOn ?? todayInShanghai(),
      place: event?.place ?? "",
      organisers: event?.organisers ?? "",
      costWan: event?.costWan ?? "",
    },
  });
  const create = useMutation(
    trpc.promoEvent.create.mutationOptions({ onSuccess: (r) => router.push(`/events/${r.id}`) }),
  );
  const update = useMutation(
    trpc.promoEvent.update.mutationOptions({
      onSuccess: (r) => {
        setVersion(r.version);
        setSaved(true);
        router.refresh();
      },
    }),
  );
  const save = event ? update : create;
  const saveError = useFormError(save.error, { form: form as unknown as UseFormReturn<Values> });
  const errorOf = (e: FieldError | undefined): string | undefined => {
    if (!e) return undefined;
    if (e.type === "server" && e.message) return e.message;
    if (e.message && /^[a-z]+\.[A-Za-z]+$/.test(e.message) && t.has(`validation.${e.message}`))
      return t(`validation.${e.message}` as "validation.event.titleRequired");
    return t(
      e.type === "too_small" || e.type === "invalid_type" ? "forms.fieldErrors.required" : "forms.fieldErrors.invalid",
    );
  };
  const errors = form.formState.errors;
  const input = (
    name: Exclude<keyof Values, "kind" | "organisers">,
    extra: { type?: string; inputMode?: "decimal" } = {},
  ) => {
    const id = `event-${name}`;
    const error = errorOf(errors[name]);
    return (
      <Field id={id} label={t(`events.fields.${name}`)} error={error}>
        <Input id={id} {...extra} {...invalidProps(id, error)} {...form.register(name)} />
      </Field>
    );
  };
  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={form.handleSubmit((v) => {
        setSaved(false);
        if (event) update.mutate({ ...v, id: event.id, version });
        else create.mutate(v);
      })}
    >
      <Card>
        <CardBody className="grid gap-4 sm:grid-cols-2">
          {input("title")}
          <Field id="event-kind" label={t("events.fields.kind")} error={errorOf(errors.kind)}>
            <Select id="event-kind" {...invalidProps("event-kind", errorOf(errors.kind))} {...form.register("kind")}>
              {PROMO_EVENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`events.kinds.${k}`)}
                </option>
              ))}
            </Select>
          </Field>
          {input("heldOn", { type: "date" })}
          {input("place")}
          {input("costWan", { inputMode: "decimal" })}
          <Field id="event-organisers" label={t("events.fields.organisers")} error={errorOf(errors.organisers)}>
            <Textarea
              id="event-organisers"
              rows={2}
              {...invalidProps("event-organisers", errorOf(errors.organisers))}
              {...form.register("organisers")}
            />
          </Field>
        </CardBody>
      </Card>
      <ErrorAlert>{saveError.summary}</ErrorAlert>
      {saved ? <Alert tone="success">{t("events.saved")}</Alert> : null}
      <Button type="submit" disabled={save.isPending}>
        {event ? t("events.save") : t("events.create")}
      </Button>
    </form>
  );
}
