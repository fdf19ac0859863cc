"use client";

import { Alert, Button, ErrorAlert, Field, Input, invalidProps, Select, Textarea } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { Modal } from "~/components/modal";
import { useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

/** The bureau puts an enterprise on the trip's list: from 目标企业库, or by name. */
export function TargetAdder({ tripId, prospects }: { tripId: string; prospects: { id: string; name: string }[] }) {
  const t = useTranslations("trips.targets");
  const trpc = useTRPC();
  const router = useRouter();
  const [prospectId, setProspectId] = useState("");
  const [name, setName] = useState("");
  const add = useMutation(
    trpc.trip.addTarget.mutationOptions({
      onSuccess: () => {
        setProspectId("");
        setName("");
        router.refresh();
      },
    }),
  );
  const error = useFormError(add.error);
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate(prospectId ? { tripId, prospectId } : { tripId, enterpriseName: name });
      }}
    >
      <div className="grid gap-2 sm:grid-cols-2">
        <Field id="target-prospect" label={t("fromList")}>
          <Select id="target-prospect" value={prospectId} onChange={(e) => setProspectId(e.target.value)}>
            <option value="">—</option>
            {prospects.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="target-name" label={t("byName")}>
          <Input id="target-name" value={name} disabled={!!prospectId} onChange={(e) => setName(e.target.value)} />
        </Field>
      </div>
      <ErrorAlert>{error.summary}</ErrorAlert>
      <Button type="submit" size="sm" disabled={add.isPending || (!prospectId && name.trim().length < 2)}>
        {t("add")}
      </Button>
    </form>
  );
}

/** Takes an enterprise off the list. */
export function TargetRemover({ tripId, targetId, name }: { tripId: string; targetId: string; name: string }) {
  const t = useTranslations("trips.targets");
  const trpc = useTRPC();
  const router = useRouter();
  const remove = useMutation(trpc.trip.removeTarget.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <Button
      size="sm"
      variant="secondary"
      aria-label={t("removeNamed", { name })}
      disabled={remove.isPending}
      onClick={() => remove.mutate({ tripId, targetId })}
    >
      {t("remove")}
    </Button>
  );
}

/** Afterwards: the debrief and the cost; it closes the trip, so it asks first. */
export function DebriefForm({
  trip,
}: {
  trip: { id: string; version: number; debrief: string | null; costWan: string | null };
}) {
  const t = useTranslations("trips.debrief");
  const trpc = useTRPC();
  const router = useRouter();
  const [text, setText] = useState(trip.debrief ?? "");
  const [cost, setCost] = useState(trip.costWan ?? "");
  const [asking, setAsking] = useState(false);
  const [tried, setTried] = useState(false);
  const save = useMutation(
    trpc.trip.debrief.mutationOptions({
      onSuccess: () => {
        setAsking(false);
        router.refresh();
      },
    }),
  );
  const error = useFormError(save.error, { shown: ["debrief", "costWan"] });
  const textError = tried && text.trim().length < 2 ? t("required") : error.field("debrief");
  const costError =
    tried && cost && !/^\d{1,12}(\.\d{1,2})?$/.test(cost.trim()) ? t("costInvalid") : error.field("costWan");
  return (
    <div className="space-y-3">
      <Field id="debrief-text" label={t("text")} error={textError}>
        <Textarea
          {...invalidProps("debrief-text", textError)}
          id="debrief-text"
          rows={4}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </Field>
      <Field id="debrief-cost" label={t("cost")} error={costError}>
        <Input
          {...invalidProps("debrief-cost", costError)}
          id="debrief-cost"
          inputMode="decimal"
          value={cost}
          onChange={(e) => setCost(e.target.value)}
        />
      </Field>
      {save.isSuccess ? <Alert tone="success">{t("saved")}</Alert> : null}
      <ErrorAlert>{error.summary}</ErrorAlert>
      <Button
        onClick={() => {
          setTried(true);
          if (text.trim().length < 2 || costError) return;
          setAsking(true);
        }}
      >
        {t("action")}
      </Button>
      <Modal
        open={asking}
        title={t("confirmTitle")}
        onClose={() => setAsking(false)}
        footer={
          <>
            <Button variant="secondary" onClick={() => setAsking(false)} autoFocus>
              {t("cancel")}
            </Button>
            <Button
              disabled={save.isPending}
              onClick={() => save.mutate({ id: trip.id, version: trip.version, debrief: text, costWan: cost || null })}
            >
              {t("confirm")}
            </Button>
          </>
        }
      >
        <p className="text-sm text-slate-700">{t("confirmBody")}</p>
      </Modal>
    </div>
  );
}
