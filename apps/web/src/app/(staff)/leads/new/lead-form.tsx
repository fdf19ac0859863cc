"use client";

import type { RouterOutputs } from "@crm/api";
import { LEAD_SOURCES, todayInShanghai, type LeadSource } from "@crm/domain";
import { Button, ErrorAlert, Field, Input, Select, Textarea } from "@crm/ui";
import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

import { useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

type Duplicates = RouterOutputs["lead"]["duplicates"];

function useDebounced<T>(value: T, ms: number) {
  const [v, setV] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setV(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return v;
}

/** Logging a lead: possible duplicates show while the name is typed, and again on save. */
export function LeadForm({ chains }: { chains: { id: string; name: string }[] }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [v, setV] = useState({
    enterpriseName: "",
    creditCode: "",
    source: "self_visit" as LeadSource,
    chainId: "",
    intendedAmount: "",
    reportedOn: todayInShanghai(),
    notes: "",
    contactName: "",
    contactPhone: "",
  });
  const [savedDuplicates, setSavedDuplicates] = useState<Duplicates | null>(null);
  const name = useDebounced(v.enterpriseName.trim(), 300);
  const code = useDebounced(v.creditCode.trim(), 300);
  const typing = useQuery({
    ...trpc.lead.duplicates.queryOptions({ enterpriseName: name, creditCode: code || null }),
    enabled: name.length >= 2,
    placeholderData: keepPreviousData,
  });
  const create = useMutation(
    trpc.lead.create.mutationOptions({
      onSuccess: (result) => {
        if (result.status === "duplicates") setSavedDuplicates(result.duplicates);
        else router.push(`/leads/${result.id}`);
      },
    }),
  );
  const submit = (extra: { acknowledgeDuplicates?: boolean; mergeIntoId?: string } = {}) =>
    create.mutate({
      enterpriseName: v.enterpriseName,
      creditCode: v.creditCode || null,
      source: v.source,
      chainId: v.chainId || null,
      intendedAmount: v.intendedAmount || null,
      reportedOn: v.reportedOn,
      notes: v.notes || null,
      contactName: v.contactName || null,
      contactPhone: v.contactPhone || null,
      ...extra,
    });
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => {
    setV((x) => ({ ...x, [k]: e.target.value }));
    setSavedDuplicates(null);
  };
  const formError = useFormError(create.error, { shown: Object.keys(v) });
  const invalid = (path: keyof typeof v, id: string) =>
    formError.field(path) ? { "aria-invalid": true, "aria-describedby": `${id}-error` } : {};
  const shown = savedDuplicates ?? (name.length >= 2 ? typing.data : undefined);

  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Field id="lead-name" label={t("leads.enterprise")} error={formError.field("enterpriseName")}>
        <Input
          {...invalid("enterpriseName", "lead-name")}
          id="lead-name"
          value={v.enterpriseName}
          onChange={set("enterpriseName")}
          required
          autoFocus
          autoComplete="off"
        />
      </Field>
      {shown && (shown.leads.length > 0 || shown.enterprises.length > 0) ? (
        <div
          role="status"
          className="space-y-2 rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200"
        >
          {shown.leads.length ? (
            <p className="font-medium">{t("leads.duplicatesFound", { n: shown.leads.length })}</p>
          ) : null}
          <ul className="space-y-1">
            {shown.leads.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  {t("leads.duplicateLine", {
                    name: d.enterpriseName,
                    unit: d.reportingUnit,
                    date: d.reportedOn,
                    status: t(`leadStatus.${d.status}`),
                  })}
                </span>
                {savedDuplicates ? (
                  <Button size="sm" variant="secondary" onClick={() => submit({ mergeIntoId: d.id })}>
                    {t("leads.mergeInto")}
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
          {shown.enterprises.length ? (
            <p>{t("leads.knownEnterprise", { names: shown.enterprises.map((e) => e.name).join("、") })}</p>
          ) : null}
          {savedDuplicates ? (
            <Button size="sm" onClick={() => submit({ acknowledgeDuplicates: true })}>
              {t("leads.createAnyway")}
            </Button>
          ) : null}
        </div>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="lead-code" label={t("leads.creditCodeOptional")} error={formError.field("creditCode")}>
          <Input
            {...invalid("creditCode", "lead-code")}
            id="lead-code"
            value={v.creditCode}
            onChange={set("creditCode")}
            maxLength={18}
            className="font-mono uppercase"
          />
        </Field>
        <Field id="lead-source" label={t("leads.source")}>
          <Select id="lead-source" value={v.source} onChange={set("source")}>
            {LEAD_SOURCES.map((s) => (
              <option key={s} value={s}>
                {t(`leadSource.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="lead-chain" label={t("projects.chain")}>
          <Select id="lead-chain" value={v.chainId} onChange={set("chainId")}>
            <option value="">{t("leads.noChain")}</option>
            {chains.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="lead-amount" label={t("leads.intendedAmount")} error={formError.field("intendedAmount")}>
          <Input
            {...invalid("intendedAmount", "lead-amount")}
            id="lead-amount"
            inputMode="decimal"
            value={v.intendedAmount}
            onChange={set("intendedAmount")}
          />
        </Field>
        <Field id="lead-date" label={t("leads.reportedOn")} error={formError.field("reportedOn")}>
          <Input
            {...invalid("reportedOn", "lead-date")}
            id="lead-date"
            type="date"
            value={v.reportedOn}
            max={todayInShanghai()}
            onChange={set("reportedOn")}
            required
          />
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="lead-contact" label={t("leads.contactName")} error={formError.field("contactName")}>
          <Input
            {...invalid("contactName", "lead-contact")}
            id="lead-contact"
            value={v.contactName}
            onChange={set("contactName")}
            maxLength={40}
            autoComplete="off"
          />
        </Field>
        <Field
          id="lead-phone"
          label={t("leads.contactPhone")}
          hint={t("portal.phoneHint")}
          error={formError.field("contactPhone")}
        >
          <Input
            {...invalid("contactPhone", "lead-phone")}
            id="lead-phone"
            type="tel"
            inputMode="tel"
            value={v.contactPhone}
            onChange={set("contactPhone")}
            maxLength={20}
            autoComplete="off"
          />
        </Field>
      </div>
      <Field id="lead-notes" label={t("leads.notes")} error={formError.field("notes")}>
        <Textarea
          {...invalid("notes", "lead-notes")}
          id="lead-notes"
          value={v.notes}
          onChange={set("notes")}
          rows={3}
        />
      </Field>
      <ErrorAlert>{formError.summary}</ErrorAlert>
      <Button type="submit" disabled={create.isPending || v.enterpriseName.trim().length < 2}>
        {create.isPending ? t("common.saving") : t("leads.save")}
      </Button>
    </form>
  );
}
