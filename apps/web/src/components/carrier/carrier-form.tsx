"use client";

import type { RouterOutputs } from "@crm/api";
import { CarrierFields, LAND_READINESS, LAND_SUPPLY_STATES, SPACE_STATES, type CarrierKind } from "@crm/domain";
import { Button, Card, CardBody, CardHeader, ErrorAlert, Field, Input, Select, Textarea, invalidProps } from "@crm/ui";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm, useWatch, type FieldError, type UseFormReturn } from "react-hook-form";
import { z } from "zod";

import { useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

type Carrier = RouterOutputs["carrier"]["byId"];
type Options = RouterOutputs["carrier"]["formOptions"];

interface SpaceValues {
  label: string;
  floor: string;
  areaSqm: string;
  clearHeightM: string;
  floorLoadT: string;
  powerKva: string;
  freightLift: boolean;
  rentYuanPerSqm: string;
  state: (typeof SPACE_STATES)[number];
}

/** What the form holds: every field as typed. */
export interface CarrierFormValues {
  kind: CarrierKind;
  code: string;
  name: string;
  zoneId: string;
  chainId: string;
  /** The chain nodes it suits (of the chain chosen). */
  nodeIds: string[];
  locationText: string;
  latitude: string;
  longitude: string;
  areaMu: string;
  floorAreaSqm: string;
  plannedUse: string;
  plotRatio: string;
  intensityWanPerMu: string;
  priceWanPerMu: string;
  supplyState: string;
  readiness: string;
  availableFrom: string;
  rentYuanPerSqm: string;
  ownerUnitId: string;
  contactName: string;
  contactPhone: string;
  description: string;
  spaces: SpaceValues[];
}

const opt = (v: string) => (v.trim() === "" ? null : v.trim());

/** The typed values as the contract's fields for their kind (blank is "not given"). */
function toFields(v: CarrierFormValues, chains: Options["chains"]): unknown {
  const chainId = opt(v.chainId);
  const ofChain = new Set(chains.find((c) => c.id === chainId)?.nodes.map((n) => n.id) ?? []);
  const common = {
    kind: v.kind,
    code: v.code,
    name: v.name,
    zoneId: v.zoneId,
    chainId,
    // Only nodes of the chain chosen: changing the chain drops the other chain's nodes.
    nodeIds: v.nodeIds.filter((id) => ofChain.has(id)),
    locationText: v.locationText,
    description: opt(v.description),
    ownerUnitId: opt(v.ownerUnitId) ?? undefined,
    contactName: opt(v.contactName),
    contactPhone: opt(v.contactPhone),
    plannedUse: opt(v.plannedUse),
  };
  switch (v.kind) {
    case "land":
      return {
        ...common,
        latitude: opt(v.latitude),
        longitude: opt(v.longitude),
        areaMu: v.areaMu.trim(),
        plotRatio: opt(v.plotRatio),
        intensityWanPerMu: opt(v.intensityWanPerMu),
        priceWanPerMu: opt(v.priceWanPerMu),
        supplyState: v.supplyState || undefined,
        readiness: opt(v.readiness),
        availableFrom: opt(v.availableFrom),
      };
    case "factory":
    case "building":
      return {
        ...common,
        spaces: v.spaces.map((s) => ({
          label: s.label,
          floor: opt(s.floor) === null ? null : Number(s.floor),
          areaSqm: s.areaSqm.trim(),
          clearHeightM: opt(s.clearHeightM),
          floorLoadT: opt(s.floorLoadT),
          powerKva: opt(s.powerKva) === null ? null : Number(s.powerKva),
          freightLift: s.freightLift,
          rentYuanPerSqm: opt(s.rentYuanPerSqm),
          state: s.state,
        })),
      };
    case "shop":
      return {
        ...common,
        floorAreaSqm: v.floorAreaSqm.trim(),
        rentYuanPerSqm: opt(v.rentYuanPerSqm),
        availableFrom: opt(v.availableFrom),
      };
    case "scenic":
      return { ...common, latitude: opt(v.latitude), longitude: opt(v.longitude), areaMu: opt(v.areaMu) };
  }
}

const s = (v: string | number | null | undefined) => (v === null || v === undefined ? "" : String(v));

export function valuesOf(
  c: Carrier | null,
  defaults: { zoneId: string; kind?: CarrierKind; ownerUnitId?: string },
): CarrierFormValues {
  return {
    kind: c?.kind ?? defaults.kind ?? "land",
    code: s(c?.code),
    name: s(c?.name),
    zoneId: c?.zoneId ?? defaults.zoneId,
    chainId: s(c?.chainId),
    nodeIds: c?.nodes.map((n) => n.id) ?? [],
    locationText: s(c?.locationText),
    latitude: s(c?.latitude),
    longitude: s(c?.longitude),
    areaMu: s(c?.areaMu),
    floorAreaSqm: s(c?.floorAreaSqm),
    plannedUse: s(c?.plannedUse),
    plotRatio: s(c?.plotRatio),
    intensityWanPerMu: s(c?.intensityWanPerMu),
    priceWanPerMu: s(c?.priceWanPerMu),
    supplyState: s(c?.supplyState),
    readiness: s(c?.readiness),
    availableFrom: s(c?.availableFrom),
    rentYuanPerSqm: s(c?.rentYuanPerSqm),
    ownerUnitId: c ? c.ownerUnitId : (defaults.ownerUnitId ?? ""),
    contactName: s(c?.contactName),
    contactPhone: s(c?.contactPhone),
    description: s(c?.description),
    spaces: (c?.spaces ?? []).map((x) => ({
      label: x.label,
      floor: s(x.floor),
      areaSqm: x.areaSqm,
      clearHeightM: s(x.clearHeightM),
      floorLoadT: s(x.floorLoadT),
      powerKva: s(x.powerKva),
      freightLift: x.freightLift,
      rentYuanPerSqm: s(x.rentYuanPerSqm),
      state: x.state,
    })),
  };
}

const blankSpace: SpaceValues = {
  label: "",
  floor: "",
  areaSqm: "",
  clearHeightM: "",
  floorLoadT: "",
  powerKva: "",
  freightLift: false,
  rentYuanPerSqm: "",
  state: "free",
};

interface Props {
  carrier: Carrier | null;
  /**
   * Only what the caller may save (carrier.formOptions, from the rule the server checks): its
   * kinds, zones and keepers, and each chain with its live nodes.
   */
  options: Options;
  defaultZoneId: string;
}

/** Creating or editing a carrier: only the fields its kind has, only the choices the caller may save; each refusal under its field. */
export function CarrierForm({ carrier, options, defaultZoneId }: Props) {
  const { kinds, zones, owners, ownerFree, chains } = options;
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [schema] = useState(() => z.preprocess((v) => toFields(v as CarrierFormValues, chains), CarrierFields));
  const form = useForm<CarrierFormValues, unknown, z.output<typeof CarrierFields>>({
    resolver: zodResolver(schema as unknown as z.ZodType<z.output<typeof CarrierFields>, CarrierFormValues>),
    defaultValues: valuesOf(carrier, {
      zoneId: zones.some((z) => z.id === defaultZoneId) ? defaultZoneId : (zones[0]?.id ?? ""),
      kind: kinds[0],
      // A zone or a department keeps what it makes: its own unit, shown as chosen.
      ownerUnitId: ownerFree ? "" : (owners[0]?.id ?? ""),
    }),
  });
  const spaces = useFieldArray({ control: form.control, name: "spaces" });
  const kind = useWatch({ control: form.control, name: "kind" });
  const chainId = useWatch({ control: form.control, name: "chainId" });
  const nodeIds = useWatch({ control: form.control, name: "nodeIds" });
  const chainNodes = chains.find((c) => c.id === chainId)?.nodes ?? [];
  const toggleNode = (id: string, on: boolean) =>
    form.setValue("nodeIds", on ? [...nodeIds, id] : nodeIds.filter((x) => x !== id), { shouldDirty: true });
  const onSaved = (r: { id: string }) => {
    router.push(`/opportunities/${r.id}`);
    router.refresh();
  };
  const create = useMutation(trpc.carrier.create.mutationOptions({ onSuccess: onSaved }));
  const update = useMutation(trpc.carrier.update.mutationOptions({ onSuccess: onSaved }));
  const save = carrier ? update : create;
  const saveError = useFormError(save.error, {
    // The server names the contract's fields, which are the form's own names.
    form: form as unknown as UseFormReturn<CarrierFormValues>,
    rules: { duplicate: "code" },
  });
  const errorOf = (e: FieldError | undefined): string | undefined => {
    if (!e) return undefined;
    if (e.type === "server" && e.message) return e.message;
    if (e.message && /^[a-z]+\.[A-Za-z]+$/.test(e.message) && t.has(`validation.${e.message}`))
      return t(`validation.${e.message}` as "validation.number.invalid");
    return t(
      e.type === "too_small" || e.type === "invalid_type" ? "forms.fieldErrors.required" : "forms.fieldErrors.invalid",
    );
  };
  const errors = form.formState.errors;
  const text = (
    name: Exclude<keyof CarrierFormValues, "spaces" | "kind" | "nodeIds">,
    label: string,
    extra: { inputMode?: "decimal" | "numeric"; type?: string } = {},
  ) => {
    const id = `carrier-${name}`;
    const error = errorOf(errors[name]);
    return (
      <Field id={id} label={label} error={error}>
        <Input id={id} {...extra} {...invalidProps(id, error)} {...form.register(name)} />
      </Field>
    );
  };
  const select = (
    name: "zoneId" | "chainId" | "supplyState" | "readiness" | "ownerUnitId",
    label: string,
    options: { id: string; name: string }[],
    blank?: string,
  ) => {
    const id = `carrier-${name}`;
    const error = errorOf(errors[name]);
    return (
      <Field id={id} label={label} error={error}>
        <Select id={id} {...invalidProps(id, error)} {...form.register(name)}>
          {blank !== undefined ? <option value="">{blank}</option> : null}
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </Select>
      </Field>
    );
  };
  const spaced = kind === "factory" || kind === "building";
  return (
    <form
      noValidate
      aria-label={carrier ? t("carriers.form.editTitle") : t("carriers.form.createTitle")}
      className="space-y-6"
      onSubmit={form.handleSubmit((fields) =>
        carrier ? update.mutate({ id: carrier.id, version: carrier.version, carrier: fields }) : create.mutate(fields),
      )}
    >
      <Card>
        <CardHeader title={carrier ? t("carriers.form.editTitle") : t("carriers.form.createTitle")} />
        <CardBody className="grid gap-4 sm:grid-cols-2">
          <Field id="carrier-kind" label={t("carriers.form.kind")}>
            <Select id="carrier-kind" disabled={!!carrier} {...form.register("kind")}>
              {(carrier ? [carrier.kind] : kinds).map((k) => (
                <option key={k} value={k}>
                  {t(`carriers.kinds.${k}`)}
                </option>
              ))}
            </Select>
          </Field>
          {text("code", t("carriers.form.code"))}
          {text("name", t("carriers.form.name"))}
          {select("zoneId", t("carriers.form.zone"), zones)}
          {select("chainId", t("carriers.form.chain"), chains, t("carriers.form.noChain"))}
          <fieldset className="sm:col-span-2" aria-describedby="carrier-nodes-hint">
            <legend className="text-sm font-medium text-slate-700">{t("carriers.form.nodes")}</legend>
            <p id="carrier-nodes-hint" className="mt-0.5 text-xs text-slate-500">
              {chainId ? t("carriers.form.nodesHint") : t("carriers.form.nodesNoChain")}
            </p>
            {chainNodes.length ? (
              <div className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
                {chainNodes.map((n) => (
                  <label key={n.id} className="inline-flex items-center gap-2 text-sm text-slate-700">
                    <input
                      type="checkbox"
                      className="rounded border-slate-300"
                      checked={nodeIds.includes(n.id)}
                      onChange={(e) => toggleNode(n.id, e.target.checked)}
                    />
                    {n.name}
                    <span className="text-xs text-slate-500">{t(`carriers.form.tiers.${n.tier}`)}</span>
                  </label>
                ))}
              </div>
            ) : null}
            {errors.nodeIds ? (
              <p className="mt-1 text-sm text-red-700">{errorOf(errors.nodeIds as FieldError)}</p>
            ) : null}
          </fieldset>
          {text("locationText", t("carriers.form.location"))}
          {kind === "land" || kind === "scenic"
            ? text("areaMu", t("carriers.form.areaMu"), { inputMode: "decimal" })
            : null}
          {kind === "shop" ? text("floorAreaSqm", t("carriers.form.floorAreaSqm"), { inputMode: "decimal" }) : null}
          {text("plannedUse", t("carriers.form.plannedUse"))}
          {kind === "land" ? (
            <>
              {text("plotRatio", t("carriers.form.plotRatio"), { inputMode: "decimal" })}
              {text("intensityWanPerMu", t("carriers.form.intensity"), { inputMode: "decimal" })}
              {text("priceWanPerMu", t("carriers.form.price"), { inputMode: "decimal" })}
              {select(
                "supplyState",
                t("carriers.form.supplyState"),
                LAND_SUPPLY_STATES.map((x) => ({ id: x, name: t(`carriers.supply.${x}`) })),
                t("carriers.form.none"),
              )}
              {select(
                "readiness",
                t("carriers.form.readiness"),
                LAND_READINESS.map((x) => ({ id: x, name: t(`carriers.readiness.${x}`) })),
                t("carriers.form.none"),
              )}
            </>
          ) : null}
          {kind === "shop" ? text("rentYuanPerSqm", t("carriers.form.rent"), { inputMode: "decimal" }) : null}
          {kind === "land" || kind === "shop"
            ? text("availableFrom", t("carriers.form.availableFrom"), { type: "date" })
            : null}
          {kind === "land" || kind === "scenic" ? (
            <>
              {text("latitude", t("carriers.form.latitude"), { inputMode: "decimal" })}
              {text("longitude", t("carriers.form.longitude"), { inputMode: "decimal" })}
            </>
          ) : null}
          {select(
            "ownerUnitId",
            t("carriers.form.owner"),
            owners,
            ownerFree ? t("carriers.form.ownerDefaultZone") : undefined,
          )}
          {text("contactName", t("carriers.form.contactName"))}
          {text("contactPhone", t("carriers.form.contactPhone"), { inputMode: "numeric" })}
          <div className="sm:col-span-2">
            <Field id="carrier-description" label={t("carriers.form.description")} error={errorOf(errors.description)}>
              <Textarea id="carrier-description" rows={3} {...form.register("description")} />
            </Field>
          </div>
        </CardBody>
      </Card>
      {spaced ? (
        <Card>
          <CardHeader
            title={t("carriers.form.spaces")}
            action={
              <Button size="sm" variant="secondary" onClick={() => spaces.append(blankSpace)}>
                {t("carriers.form.addSpace")}
              </Button>
            }
          />
          <CardBody className="space-y-4">
            {spaces.fields.map((sp, i) => {
              const se = errors.spaces?.[i];
              const cell = (
                name: Exclude<keyof SpaceValues, "freightLift" | "state">,
                label: string,
                mode?: "decimal" | "numeric",
              ) => {
                const id = `space-${i}-${name}`;
                const error = errorOf(se?.[name]);
                return (
                  <Field id={id} label={label} error={error}>
                    <Input
                      id={id}
                      inputMode={mode}
                      {...invalidProps(id, error)}
                      {...form.register(`spaces.${i}.${name}`)}
                    />
                  </Field>
                );
              };
              return (
                <fieldset
                  key={sp.id}
                  className="grid grid-cols-2 gap-3 rounded-md p-3 ring-1 ring-slate-200 sm:grid-cols-4"
                >
                  <legend className="px-1 text-sm font-medium text-slate-700">
                    {sp.label || `${t("carriers.detail.label")} ${i + 1}`}
                  </legend>
                  {cell("label", t("carriers.form.spaceLabel"))}
                  {cell("floor", t("carriers.detail.floor"), "numeric")}
                  {cell("areaSqm", t("carriers.detail.spaceArea"), "decimal")}
                  {cell("clearHeightM", t("carriers.detail.clearHeight"), "decimal")}
                  {cell("floorLoadT", t("carriers.detail.floorLoad"), "decimal")}
                  {cell("powerKva", t("carriers.detail.power"), "numeric")}
                  {cell("rentYuanPerSqm", t("carriers.detail.rent"), "decimal")}
                  <Field id={`space-${i}-state`} label={t("carriers.detail.spaceState")}>
                    <Select id={`space-${i}-state`} {...form.register(`spaces.${i}.state`)}>
                      {SPACE_STATES.map((x) => (
                        <option key={x} value={x}>
                          {t(`carriers.spaceStates.${x}`)}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  <label className="inline-flex items-center gap-2 text-sm text-slate-700">
                    <input
                      type="checkbox"
                      className="rounded border-slate-300"
                      {...form.register(`spaces.${i}.freightLift`)}
                    />
                    {t("carriers.detail.freightLift")}
                  </label>
                  <div className="flex items-end">
                    <Button size="sm" variant="secondary" onClick={() => spaces.remove(i)}>
                      {t("carriers.form.removeSpace")}
                    </Button>
                  </div>
                </fieldset>
              );
            })}
          </CardBody>
        </Card>
      ) : null}
      <ErrorAlert>{saveError.summary}</ErrorAlert>
      <div className="flex gap-2">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? t("common.saving") : t("carriers.form.save")}
        </Button>
        <Button variant="secondary" onClick={() => router.back()}>
          {t("carriers.form.cancel")}
        </Button>
      </div>
    </form>
  );
}
