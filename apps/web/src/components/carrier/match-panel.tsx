"use client";

import type { RouterOutputs } from "@crm/api";
import { CARRIER_KINDS, CarrierNeed, needHasCriteria, type CarrierKind } from "@crm/domain";
import { Alert, Badge, Button, Card, CardBody, CardHeader, ErrorAlert, Field, Input, Select } from "@crm/ui";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type FieldError, type UseFormReturn } from "react-hook-form";
import { z } from "zod";

import { ConfirmDialog } from "~/components/confirm-dialog";
import { errorKey } from "~/trpc/errors";
import { useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

import { carrierNumber } from "./carrier-format";

type Match = RouterOutputs["carrier"]["match"]["items"][number];
type Reason = Match["reasons"][number];

type NumberField = "areaMu" | "areaSqm" | "heightM" | "loadT" | "powerKva" | "budgetWan" | "rentMax";

interface NeedValues {
  kind: CarrierKind | "";
  areaMu: string;
  areaSqm: string;
  heightM: string;
  loadT: string;
  powerKva: string;
  use: string;
  zoneId: string;
  budgetWan: string;
  rentMax: string;
}

const blank = (v: string) => (v.trim() === "" ? undefined : v.trim());
const NeedForm = z.preprocess((raw) => {
  const v = raw as NeedValues;
  return {
    kinds: v.kind ? [v.kind] : undefined,
    areaMu: blank(v.areaMu),
    areaSqm: blank(v.areaSqm),
    heightM: blank(v.heightM),
    loadT: blank(v.loadT),
    powerKva: blank(v.powerKva) === undefined ? undefined : Number(v.powerKva),
    use: blank(v.use),
    zoneId: blank(v.zoneId),
    budgetWan: blank(v.budgetWan),
    rentMax: blank(v.rentMax),
  };
}, CarrierNeed);

interface Props {
  /** Matching for this lead or this project; the carrier chosen is linked to it. */
  subject: { leadId: string } | { projectId: string };
  zones: { id: string; name: string }[];
  /** The lead's or project's own zone, land area and chain (as the use to look for). */
  defaults?: Partial<NeedValues>;
  /** The project (or the lead's project) has landed: nothing is linked from here, and the panel says why. */
  landed?: boolean;
}

/**
 * From a lead or a project: what the investor needs → the available carriers that fit, best
 * first, each with why (fits / short by how much), and one button to link a carrier (it goes
 * into talks with this lead or project).
 */
export function MatchPanel({ subject, zones, defaults, landed = false }: Props) {
  const t = useTranslations("carriers");
  const tAll = useTranslations();
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const [need, setNeed] = useState<CarrierNeed | null>(null);
  const [asking, setAsking] = useState<Match | null>(null);
  const [linkedCode, setLinkedCode] = useState<string | null>(null);
  const form = useForm<NeedValues, unknown, CarrierNeed>({
    resolver: zodResolver(NeedForm as unknown as z.ZodType<CarrierNeed, NeedValues>),
    defaultValues: {
      kind: "",
      areaMu: "",
      areaSqm: "",
      heightM: "",
      loadT: "",
      powerKva: "",
      use: "",
      zoneId: "",
      budgetWan: "",
      rentMax: "",
      ...defaults,
    },
  });
  const result = useQuery({
    ...trpc.carrier.match.queryOptions({ ...subject, need: need ?? {}, limit: 10 }),
    enabled: need !== null,
  });
  const linked = useQuery(trpc.carrier.of.queryOptions(subject));
  const link = useMutation(
    trpc.carrier.move.mutationOptions({
      onSuccess: (_, v) => {
        setLinkedCode(result.data?.items.find((m) => m.id === v.id)?.code ?? null);
        void result.refetch();
        void linked.refetch();
        router.refresh();
      },
    }),
  );
  const formError = useFormError(result.error, { form: form as unknown as UseFormReturn<NeedValues> });
  const errorOf = (e: FieldError | undefined) =>
    !e
      ? undefined
      : e.type === "server" && e.message
        ? e.message
        : e.message && tAll.has(`validation.${e.message}`)
          ? tAll(`validation.${e.message}` as "validation.number.invalid")
          : tAll("forms.fieldErrors.invalid");
  const zoneName = (id: string | null) => zones.find((z) => z.id === id)?.name ?? "";
  const refused = landed || result.data?.linkRefused === "carrierProjectLanded";
  // The carriers already linked to this lead or project: marked in the results, not offered again.
  const linkedIds = new Set((linked.data ?? []).map((c) => c.id));
  const unscored = need !== null && !needHasCriteria(need);

  const reasonText = (r: Reason, m: Match) => {
    const criterion = t(`match.reasons.${r.criterion}`);
    if (r.builtToSuit) return t("match.builtToSuit", { criterion });
    if (r.result === "fits") return t("match.fits", { criterion });
    if (r.result === "unknown") return t("match.unknown", { criterion });
    if (r.criterion === "zone") return t("match.zoneOther", { zone: m.zoneName });
    if (r.criterion === "use" || !r.gap || !r.unit) return t("match.short", { criterion, gap: "" }).trim();
    const gap = t(`units.${r.unit}`, { n: carrierNumber(r.gap, locale) });
    return r.criterion === "budget" || r.criterion === "rent"
      ? t("match.over", { criterion, gap })
      : t("match.short", { criterion, gap });
  };

  const input = (name: NumberField | "use", mode?: "decimal" | "numeric") => {
    const id = `need-${name}`;
    const error = errorOf(form.formState.errors[name]);
    return (
      <Field id={id} label={t(`match.${name}`)} error={error}>
        <Input id={id} inputMode={mode} {...form.register(name)} />
      </Field>
    );
  };

  return (
    <Card>
      <CardHeader title={t("match.title")} description={t("match.hint")} />
      <CardBody className="space-y-4">
        {linked.data?.length ? (
          <section aria-label={t("match.linkedList")} className="space-y-1">
            <h3 className="text-sm font-medium text-slate-700">{t("match.linkedList")}</h3>
            <ul className="space-y-1 text-sm">
              {linked.data.map((c) => (
                <li key={c.id}>
                  <Link href={`/opportunities/${c.id}`} className="text-brand-700 hover:underline">
                    {c.code} {c.name}
                  </Link>{" "}
                  <span className="text-slate-500">
                    · {c.zoneName} · {t(`states.${c.state}`)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <form
          noValidate
          aria-label={t("match.title")}
          className="space-y-3"
          onSubmit={form.handleSubmit((v) => setNeed(v))}
        >
          <div className="grid grid-cols-2 gap-3">
            <Field id="need-kind" label={t("match.kinds")}>
              <Select id="need-kind" {...form.register("kind")}>
                <option value="">{t("allKinds")}</option>
                {CARRIER_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`kinds.${k}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field id="need-zoneId" label={t("match.zone")}>
              <Select id="need-zoneId" {...form.register("zoneId")}>
                <option value="">{t("match.anyZone")}</option>
                {zones.map((z) => (
                  <option key={z.id} value={z.id}>
                    {z.name}
                  </option>
                ))}
              </Select>
            </Field>
            {input("areaMu", "decimal")}
            {input("areaSqm", "decimal")}
            {input("heightM", "decimal")}
            {input("loadT", "decimal")}
            {input("powerKva", "numeric")}
            {input("use")}
            {input("budgetWan", "decimal")}
            {input("rentMax", "decimal")}
          </div>
          <p className="text-xs text-slate-500">{t("match.needHint")}</p>
          <ErrorAlert>{formError.summary}</ErrorAlert>
          <Button type="submit" disabled={result.isFetching}>
            {t("match.search")}
          </Button>
        </form>
        {refused ? <Alert tone="info">{t("match.landedNoLink")}</Alert> : null}
        {link.isSuccess ? (
          <Alert tone="success">{linkedCode ? t("match.linkedCode", { code: linkedCode }) : t("match.linked")}</Alert>
        ) : null}
        {link.error ? <ErrorAlert>{tAll(`errors.${errorKey(link.error)}`)}</ErrorAlert> : null}
        {result.data ? (
          result.data.items.length ? (
            <>
              {unscored ? <p className="text-sm text-slate-500">{t("match.noScore")}</p> : null}
              <ol className="divide-y divide-slate-100" aria-label={t("match.title")}>
                {result.data.items.map((m) => (
                  <li key={m.id} className="space-y-1.5 py-3">
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <Link href={`/opportunities/${m.id}`} className="font-medium text-brand-700 hover:underline">
                        {m.code} {m.name}
                      </Link>
                      <span className="flex flex-wrap items-center gap-1.5">
                        {linkedIds.has(m.id) ? <Badge tone="blue">{t("match.linkedHere")}</Badge> : null}
                        {m.score !== null ? (
                          <Badge tone={m.score >= 80 ? "green" : m.score >= 50 ? "amber" : "gray"}>
                            {t("match.score", { score: m.score })}
                          </Badge>
                        ) : null}
                      </span>
                    </div>
                    <p className="text-xs text-slate-500">
                      {t(`kinds.${m.kind}`)} · {m.zoneName || zoneName(m.zoneId)} · {t(`states.${m.state}`)}
                      {m.areaMu ? ` · ${t("units.mu", { n: carrierNumber(m.areaMu, locale) })}` : ""}
                      {m.vacantSqm
                        ? ` · ${t("vacant")} ${t("units.sqm", { n: carrierNumber(m.vacantSqm, locale) })}`
                        : ""}
                    </p>
                    <ul className="flex flex-wrap gap-1.5 text-xs">
                      {m.reasons.map((r) => (
                        <li
                          key={r.criterion}
                          className={
                            r.result === "fits"
                              ? "rounded bg-green-50 px-1.5 py-0.5 text-green-800"
                              : r.result === "short"
                                ? "rounded bg-amber-50 px-1.5 py-0.5 text-amber-800"
                                : "rounded bg-slate-100 px-1.5 py-0.5 text-slate-700"
                          }
                        >
                          {reasonText(r, m)}
                        </li>
                      ))}
                    </ul>
                    {m.mayLink && !refused && !linkedIds.has(m.id) ? (
                      <Button
                        size="sm"
                        variant="secondary"
                        disabled={link.isPending}
                        aria-label={`${t("match.link")}：${m.code}`}
                        onClick={() => setAsking(m)}
                      >
                        {t("match.link")}
                      </Button>
                    ) : null}
                  </li>
                ))}
              </ol>
            </>
          ) : (
            <p className="text-sm text-slate-500">{t("match.none")}</p>
          )
        ) : null}
        <ConfirmDialog
          open={asking !== null}
          title={t("match.confirmTitle", { code: asking?.code ?? "" })}
          body={t("match.confirmBody", { name: asking ? `${asking.code} ${asking.name}` : "" })}
          confirmLabel={t("match.link")}
          onCancel={() => setAsking(null)}
          onConfirm={() => {
            const m = asking;
            setAsking(null);
            if (m) link.mutate({ id: m.id, version: m.version, to: "in_talks", ...subject });
          }}
        />
      </CardBody>
    </Card>
  );
}
