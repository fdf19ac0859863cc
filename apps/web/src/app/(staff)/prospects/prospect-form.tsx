"use client";

import type { RouterOutputs } from "@crm/api";
import { CreateProspectInput, PROSPECT_SIZE_BANDS, PROSPECT_TAGS } from "@crm/domain";
import { Alert, Button, ErrorAlert, Field, Input, invalidProps, Select, Textarea } from "@crm/ui";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";

import { shownError, useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

type Options = RouterOutputs["prospect"]["options"];
type Values = z.input<typeof CreateProspectInput>;
type Output = z.output<typeof CreateProspectInput>;

const TEXT_FIELDS = ["hqRegion", "hqCity", "tipSource", "contactName", "contactPhone"] as const;

/**
 * A target's facts: a new one, or an open one edited by whoever may keep it. Refused fields are
 * said under the field (the form's own check, then the server's).
 */
export function ProspectForm({
  options,
  initial,
}: {
  options: Options;
  /** An existing target to edit; none for a new one. */
  initial?: { id: string; version: number; values: Values };
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(CreateProspectInput),
    defaultValues: initial?.values ?? {
      name: "",
      chainId: "",
      nodeId: null,
      sizeBand: "medium",
      tags: [],
      riskPoints: 0,
      ownerUnitId: options.owners[0]?.id ?? null,
    },
  });
  const chainId = useWatch({ control: form.control, name: "chainId" });
  const nodes = options.nodes.filter((n) => n.chainId === chainId);
  const create = useMutation(
    trpc.prospect.create.mutationOptions({ onSuccess: (r) => router.push(`/prospects/${r.id}`) }),
  );
  const update = useMutation(
    trpc.prospect.update.mutationOptions({
      onSuccess: () => {
        form.reset(form.getValues());
        router.refresh();
      },
    }),
  );
  const save = initial ? update : create;
  const saveError = useFormError(save.error, { form, rules: { ownZoneOnly: "ownerUnitId" } });
  const errors = form.formState.errors;
  const submit = form.handleSubmit((value) => {
    if (initial) {
      const { ownerUnitId, ...patch } = value;
      update.mutate({
        id: initial.id,
        version: initial.version,
        patch: { ...patch, ...(ownerUnitId ? { ownerUnitId } : {}) },
      });
    } else create.mutate(value);
  });
  const text = (name: (typeof TEXT_FIELDS)[number]) => (
    <Field key={name} id={`prospect-${name}`} label={t(`prospects.fields.${name}`)} error={errorOf(name)}>
      <Input {...invalidProps(`prospect-${name}`, errorOf(name))} id={`prospect-${name}`} {...form.register(name)} />
    </Field>
  );
  /** A field's refusal: the server's message as sent; the schema's key worded where it is kept. */
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
    <form noValidate className="space-y-4" onSubmit={submit}>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="prospect-name" label={t("prospects.fields.name")} error={errorOf("name")}>
          <Input {...invalidProps("prospect-name", errorOf("name"))} id="prospect-name" {...form.register("name")} />
        </Field>
        <Field id="prospect-creditCode" label={t("prospects.fields.creditCode")} error={errorOf("creditCode")}>
          <Input
            {...invalidProps("prospect-creditCode", errorOf("creditCode"))}
            id="prospect-creditCode"
            {...form.register("creditCode")}
          />
        </Field>
        <Field id="prospect-chainId" label={t("prospects.fields.chain")} error={errorOf("chainId")}>
          <Select
            {...invalidProps("prospect-chainId", errorOf("chainId"))}
            id="prospect-chainId"
            {...form.register("chainId", { onChange: () => form.setValue("nodeId", null) })}
          >
            <option value="">—</option>
            {options.chains.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="prospect-nodeId" label={t("prospects.fields.node")} error={errorOf("nodeId")}>
          <Select
            {...invalidProps("prospect-nodeId", errorOf("nodeId"))}
            id="prospect-nodeId"
            {...form.register("nodeId", { setValueAs: (v: string | null) => v || null })}
          >
            <option value="">{t("prospects.fields.nodeNone")}</option>
            {nodes.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="prospect-sizeBand" label={t("prospects.fields.sizeBand")} error={errorOf("sizeBand")}>
          <Select id="prospect-sizeBand" {...form.register("sizeBand")}>
            {PROSPECT_SIZE_BANDS.map((s) => (
              <option key={s} value={s}>
                {t(`prospects.sizes.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="prospect-riskPoints" label={t("prospects.fields.riskPoints")} error={errorOf("riskPoints")}>
          <Input
            {...invalidProps("prospect-riskPoints", errorOf("riskPoints"))}
            id="prospect-riskPoints"
            type="number"
            inputMode="numeric"
            min={0}
            max={10}
            step={1}
            {...form.register("riskPoints", { valueAsNumber: true })}
          />
        </Field>
      </div>
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-700">{t("prospects.fields.tags")}</legend>
        <div className="flex flex-wrap gap-3">
          {PROSPECT_TAGS.map((tag) => (
            <label key={tag} className="flex items-center gap-1.5 text-sm">
              <input type="checkbox" value={tag} {...form.register("tags")} />
              {t(`prospects.tags.${tag}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        {TEXT_FIELDS.map(text)}
        {options.owners.length > 1 ? (
          <Field id="prospect-ownerUnitId" label={t("prospects.fields.owner")} error={errorOf("ownerUnitId")}>
            <Select id="prospect-ownerUnitId" {...form.register("ownerUnitId")}>
              {options.owners.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
      </div>
      <Field id="prospect-riskNote" label={t("prospects.fields.riskNote")} error={errorOf("riskNote")}>
        <Textarea id="prospect-riskNote" rows={2} {...form.register("riskNote")} />
      </Field>
      <Field id="prospect-notes" label={t("prospects.fields.notes")} error={errorOf("notes")}>
        <Textarea id="prospect-notes" rows={3} {...form.register("notes")} />
      </Field>
      <ErrorAlert>{saveError.summary}</ErrorAlert>
      {update.isSuccess && !form.formState.isDirty ? <Alert tone="success">{t("prospects.saved")}</Alert> : null}
      <Button type="submit" disabled={save.isPending}>
        {save.isPending ? t("common.saving") : initial ? t("common.save") : t("prospects.create")}
      </Button>
    </form>
  );
}
