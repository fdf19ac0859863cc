"use client";

import { RISK_KINDS, type RiskKind } from "@crm/domain";
import { Alert, Button, ErrorAlert, Field, Input, invalidProps, Select } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

/** 稳商留商 on a project in operation: how often to visit, and whether (and why) it is at risk. */
export function AftercareCard({
  project,
}: {
  project: {
    id: string;
    version: number;
    visitEveryMonths: number;
    riskKind: RiskKind | null;
    riskNote: string | null;
  };
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [version, setVersion] = useState(project.version);
  const [v, setV] = useState<{ every: number; kind: RiskKind | ""; note: string }>({
    every: project.visitEveryMonths,
    kind: project.riskKind ?? "",
    note: project.riskNote ?? "",
  });
  const save = useMutation(
    trpc.aftercare.update.mutationOptions({ onSuccess: (r) => (setVersion(r.version), router.refresh()) }),
  );
  const noteMissing = v.kind !== "" && v.note.trim().length < 2;
  const formError = useFormError(save.error, { shown: ["visitEveryMonths", "risk"] });
  const noteError = noteMissing ? t("aftercare.noteRequired") : formError.field("risk.note");
  const kindError = formError.field("risk.kind");
  const everyError = formError.field("visitEveryMonths");
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (noteMissing) return;
        save.mutate({
          projectId: project.id,
          version,
          visitEveryMonths: v.every,
          risk: v.kind ? { kind: v.kind, note: v.note } : null,
        });
      }}
    >
      <Field id="ac-every" label={t("aftercare.every")} error={everyError}>
        <Select
          {...invalidProps("ac-every", everyError)}
          id="ac-every"
          value={v.every}
          onChange={(e) => setV({ ...v, every: Number(e.target.value) })}
        >
          {[1, 2, 3, 6, 12].map((n) => (
            <option key={n} value={n}>
              {t("aftercare.everyN", { n })}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="ac-risk" label={t("aftercare.risk")} error={kindError}>
        <Select
          {...invalidProps("ac-risk", kindError)}
          id="ac-risk"
          value={v.kind}
          onChange={(e) => setV({ ...v, kind: e.target.value as RiskKind | "" })}
        >
          <option value="">{t("aftercare.noRisk")}</option>
          {RISK_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`aftercare.kinds.${k}`)}
            </option>
          ))}
        </Select>
      </Field>
      {v.kind ? (
        <Field id="ac-note" label={t("aftercare.note")} error={noteError}>
          <Input
            {...invalidProps("ac-note", noteError)}
            id="ac-note"
            maxLength={500}
            value={v.note}
            onChange={(e) => setV({ ...v, note: e.target.value })}
          />
        </Field>
      ) : null}
      <ErrorAlert>{formError.summary}</ErrorAlert>
      {save.isSuccess ? <Alert tone="success">{t("rules.saved")}</Alert> : null}
      <Button type="submit" size="sm" disabled={save.isPending}>
        {t("common.save")}
      </Button>
    </form>
  );
}
