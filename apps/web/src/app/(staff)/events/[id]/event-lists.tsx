"use client";

import type { RouterOutputs } from "@crm/api";
import { Alert, Button, ErrorAlert, Field, Input, invalidProps, Select } from "@crm/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { ConfirmDialog } from "~/components/confirm-dialog";
import { useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

type Attendee = RouterOutputs["promoEvent"]["byId"]["attendees"][number];
type Duplicates = Extract<RouterOutputs["promoEvent"]["raiseLead"], { status: "duplicates" }>["duplicates"];

/** Raises a lead from an attendee through the duplicate check, or links to the lead it raised. */
export function AttendeeLead({ attendee, canWrite }: { attendee: Attendee; canWrite: boolean }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [duplicates, setDuplicates] = useState<Duplicates | null>(null);
  const [asking, setAsking] = useState(false);
  const raise = useMutation(
    trpc.promoEvent.raiseLead.mutationOptions({
      onSuccess: (r) => {
        if (r.status === "duplicates") setDuplicates(r.duplicates);
        else {
          setDuplicates(null);
          router.refresh();
        }
      },
    }),
  );
  const error = useFormError(raise.error);
  if (attendee.leadId)
    return (
      <Link href={`/leads/${attendee.leadId}`} className="text-sm font-medium text-brand-700 hover:underline">
        {t("events.openLead")}
      </Link>
    );
  if (!canWrite || attendee.confidential) return null;
  const base = { attendeeId: attendee.id, version: attendee.version };
  return (
    <span className="flex flex-col items-end gap-1">
      <Button size="sm" variant="secondary" disabled={raise.isPending} onClick={() => setAsking(true)}>
        {t("events.raiseLead")}
      </Button>
      <ConfirmDialog
        open={asking}
        title={t("events.raiseLead")}
        body={t("events.confirmRaise", { name: attendee.enterpriseName })}
        confirmLabel={t("events.confirm")}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          raise.mutate(base);
        }}
      />
      {duplicates ? (
        <span className="space-y-1 text-right text-sm" role="status">
          <span className="block text-slate-700">{t("events.duplicatesFound")}</span>
          {duplicates.leads.map((l) => (
            <span key={l.id} className="flex items-center justify-end gap-2">
              <span className="text-slate-600">
                {l.enterpriseName} · {l.reportingUnit}
              </span>
              <Button size="sm" variant="secondary" onClick={() => raise.mutate({ ...base, mergeIntoId: l.id })}>
                {t("events.mergeInto")}
              </Button>
            </span>
          ))}
          <Button size="sm" variant="ghost" onClick={() => raise.mutate({ ...base, acknowledgeDuplicates: true })}>
            {t("events.createAnyway")}
          </Button>
        </span>
      ) : null}
      <ErrorAlert>{error.summary}</ErrorAlert>
    </span>
  );
}

/** Adds an enterprise and its person to the event's list. */
export function AddAttendee({ eventId }: { eventId: string }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const blank = { enterpriseName: "", person: "", phone: "" };
  const [v, setV] = useState(blank);
  const [done, setDone] = useState(false);
  const add = useMutation(
    trpc.promoEvent.addAttendee.mutationOptions({
      onSuccess: () => {
        setV(blank);
        setDone(true);
        router.refresh();
      },
    }),
  );
  const error = useFormError(add.error, { shown: ["enterpriseName", "person", "phone"] });
  const field = (name: keyof typeof blank, label: string) => (
    <Field id={`att-${name}`} label={label} error={error.field(name)}>
      <Input
        id={`att-${name}`}
        {...invalidProps(`att-${name}`, error.field(name))}
        value={v[name]}
        onChange={(e) => {
          setDone(false);
          setV({ ...v, [name]: e.target.value });
        }}
      />
    </Field>
  );
  return (
    <form
      className="space-y-2 border-t border-slate-100 pt-4"
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate({ eventId, enterpriseName: v.enterpriseName, person: v.person || null, phone: v.phone || null });
      }}
    >
      <h3 className="text-sm font-medium text-slate-900">{t("events.addAttendee")}</h3>
      <div className="grid gap-3 sm:grid-cols-3">
        {field("enterpriseName", t("events.enterpriseName"))}
        {field("person", t("events.person"))}
        {field("phone", t("events.phone"))}
      </div>
      <ErrorAlert>{error.summary}</ErrorAlert>
      {done ? <Alert tone="success">{t("events.added")}</Alert> : null}
      <Button type="submit" size="sm" disabled={add.isPending || v.enterpriseName.trim().length < 2}>
        {t("events.add")}
      </Button>
    </form>
  );
}

/** Records a signing: a project found by name, and the amount signed; a repeat is kept but not counted. */
export function AddSigning({ eventId }: { eventId: string }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [q, setQ] = useState("");
  const [projectId, setProjectId] = useState("");
  const [amount, setAmount] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const found = useQuery({
    ...trpc.project.list.queryOptions({ q: q.trim(), limit: 20 }),
    enabled: q.trim().length >= 2,
  });
  const add = useMutation(
    trpc.promoEvent.addSigning.mutationOptions({
      onSuccess: (r) => {
        setMessage(r.counted ? t("events.signingAdded") : t("events.signingRepeat"));
        setProjectId("");
        setAmount("");
        router.refresh();
      },
    }),
  );
  const error = useFormError(add.error, { shown: ["projectId", "signedAmountWan"] });
  return (
    <form
      className="space-y-2 border-t border-slate-100 pt-4"
      onSubmit={(e) => {
        e.preventDefault();
        setMessage(null);
        setAsking(true);
      }}
    >
      <h3 className="text-sm font-medium text-slate-900">{t("events.addSigning")}</h3>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id="sign-q" label={t("events.projectSearch")}>
          <Input id="sign-q" value={q} onChange={(e) => setQ(e.target.value)} />
        </Field>
        <Field id="sign-project" label={t("events.projectPick")} error={error.field("projectId")}>
          <Select
            id="sign-project"
            {...invalidProps("sign-project", error.field("projectId"))}
            value={projectId}
            onChange={(e) => setProjectId(e.target.value)}
          >
            <option value="">—</option>
            {(found.data?.items ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="sign-amount" label={t("events.signedAmount")} error={error.field("signedAmountWan")}>
          <Input
            id="sign-amount"
            inputMode="decimal"
            {...invalidProps("sign-amount", error.field("signedAmountWan"))}
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
          />
        </Field>
      </div>
      <ErrorAlert>{error.summary}</ErrorAlert>
      {message ? <Alert tone="success">{message}</Alert> : null}
      <Button type="submit" size="sm" disabled={add.isPending || !projectId || !amount.trim()}>
        {t("events.addSigning")}
      </Button>
      <ConfirmDialog
        open={asking}
        title={t("events.addSigning")}
        body={t("events.confirmSigning")}
        confirmLabel={t("events.confirm")}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          add.mutate({ eventId, projectId, signedAmountWan: amount.trim() });
        }}
      />
    </form>
  );
}
