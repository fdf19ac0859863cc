"use client";

import {
  STAGES,
  stageMoveRequirements,
  todayInShanghai,
  type Stage,
  type StageMoveFacts,
  type StageRequirement,
} from "@crm/domain";
import { Button, ErrorAlert, Field, Input, Select } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { ConfirmDialog } from "~/components/confirm-dialog";
import { useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

/** The project as the stage machine sees it, with the id and version a move is sent with. */
export type StageFacts = StageMoveFacts & { id: string; version: number };

/**
 * Moves the project to another stage. The form asks for exactly what the stage machine says the
 * move needs (the server checks the same rules), and nothing is sent until those are filled.
 */
export function StageMove({
  project,
  initialTarget,
  onDone,
  onCancel,
}: {
  project: StageFacts;
  initialTarget?: Stage;
  onDone?: () => void;
  /** Given when the form sits in a dialog: a Cancel button closes it without moving. */
  onCancel?: () => void;
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [to, setTo] = useState<Stage | "">(initialTarget ?? "");
  // Moves on with each move at once, so a quick second move never sends a stale version.
  const [version, setVersion] = useState(project.version);
  const [values, setValues] = useState({
    on: todayInShanghai(),
    note: "",
    signedOn: "",
    signedAmount: "",
    creditCode: "",
  });
  const needs: StageRequirement[] = to ? stageMoveRequirements(project, to) : [];
  const move = useMutation(
    trpc.project.moveStage.mutationOptions({
      onSuccess: (r) => {
        setVersion(r.version);
        setTo("");
        router.refresh();
        onDone?.();
      },
    }),
  );
  // A stage move is recorded in the timeline and the figures for good: it asks first.
  const [confirming, setConfirming] = useState(false);
  const formError = useFormError(move.error, { shown: ["on", "note", "signedOn", "signedAmount", "creditCode"] });
  const fieldProps = (path: string) =>
    formError.field(path) ? { "aria-invalid": true, "aria-describedby": `stage-${path}-error` } : {};
  const missing = needs.filter((n) => !(n === "reason" || n === "note" ? values.note : values[n]).trim());
  const set = (k: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [k]: e.target.value }));

  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (!to || missing.length) return;
        setConfirming(true);
      }}
    >
      <ConfirmDialog
        open={confirming && !!to}
        title={to ? t("forms.confirm.stageTitle", { stage: t(`stages.${to}`) }) : ""}
        body={t("forms.confirm.stageBody")}
        confirmLabel={t("forms.confirm.ok")}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          if (!to) return;
          move.mutate({
            id: project.id,
            version,
            to,
            on: values.on,
            note: values.note || null,
            signedOn: values.signedOn || null,
            signedAmount: values.signedAmount || null,
            creditCode: values.creditCode || null,
          });
        }}
      />
      <Field id="stage-to" label={t("stageMove.to")}>
        <Select
          id="stage-to"
          value={to}
          onChange={(e) => {
            setTo(e.target.value as Stage);
            move.reset();
          }}
        >
          <option value="">{t("stageMove.choose")}</option>
          {STAGES.filter((s) => s !== project.stage).map((s) => (
            <option key={s} value={s}>
              {t(`stages.${s}`)}
            </option>
          ))}
        </Select>
      </Field>
      {to ? (
        <>
          <Field id="stage-on" label={t("stageMove.on")} error={formError.field("on")}>
            <Input
              {...fieldProps("on")}
              id="stage-on"
              type="date"
              value={values.on}
              max={todayInShanghai()}
              onChange={set("on")}
              required
            />
          </Field>
          {needs.includes("signedOn") ? (
            <Field id="stage-signedOn" label={t("projects.signedOn")} error={formError.field("signedOn")}>
              <Input
                {...fieldProps("signedOn")}
                id="stage-signedOn"
                type="date"
                value={values.signedOn}
                onChange={set("signedOn")}
                required
              />
            </Field>
          ) : null}
          {needs.includes("signedAmount") ? (
            <Field id="stage-signedAmount" label={t("stageMove.signedAmount")} error={formError.field("signedAmount")}>
              <Input
                {...fieldProps("signedAmount")}
                id="stage-signedAmount"
                inputMode="decimal"
                value={values.signedAmount}
                onChange={set("signedAmount")}
                required
              />
            </Field>
          ) : null}
          {needs.includes("creditCode") ? (
            <Field
              id="stage-creditCode"
              label={t("projects.creditCode")}
              hint={t("stageMove.creditCodeHint")}
              error={formError.field("creditCode")}
            >
              <Input
                {...fieldProps("creditCode")}
                id="stage-creditCode"
                value={values.creditCode}
                onChange={set("creditCode")}
                maxLength={18}
                className="font-mono uppercase"
                required
              />
            </Field>
          ) : null}
          {needs.includes("note") || needs.includes("reason") || !needs.length ? (
            <Field
              id="stage-note"
              error={formError.field("note")}
              label={
                needs.includes("reason")
                  ? t("stageMove.reason")
                  : needs.includes("note")
                    ? t("stageMove.noteRequired")
                    : t("stageMove.note")
              }
            >
              <Input
                {...fieldProps("note")}
                id="stage-note"
                value={values.note}
                onChange={set("note")}
                required={needs.includes("note") || needs.includes("reason")}
              />
            </Field>
          ) : null}
          <ErrorAlert>{formError.summary}</ErrorAlert>
          {missing.length ? (
            <p className="text-xs text-slate-500">
              {t("stageMove.stillNeeded", { fields: missing.map((m) => t(`stageMove.fields.${m}`)).join("、") })}
            </p>
          ) : null}
        </>
      ) : null}
      {to || onCancel ? (
        <div className="flex flex-wrap justify-end gap-2">
          {onCancel ? (
            <Button variant="secondary" onClick={onCancel}>
              {t("common.cancel")}
            </Button>
          ) : null}
          {to ? (
            <Button type="submit" disabled={move.isPending || missing.length > 0}>
              {move.isPending ? t("common.saving") : t("stageMove.submit", { stage: t(`stages.${to}`) })}
            </Button>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
