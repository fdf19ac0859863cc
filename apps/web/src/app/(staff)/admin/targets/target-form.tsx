"use client";

import type { RouterOutputs } from "@crm/api";
import { SaveTargetInput } from "@crm/domain";
import { Alert, Button, Card, CardBody, CardHeader, ErrorAlert, Field, Input } from "@crm/ui";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";

import { shownError, useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

type Unit = RouterOutputs["cockpit"]["targets"][number];

const blank = (v: unknown) => (v === "" || v == null ? null : v);
/** The fields as typed (empty means no target), checked by the same schema the server uses. */
const TargetFields = z.object({
  signedAmount: z.preprocess(blank, SaveTargetInput.shape.signedAmount),
  landedProjects: z.preprocess((v) => (blank(v) === null ? null : Number(v)), SaveTargetInput.shape.landedProjects),
  fortune500Projects: z.preprocess(
    (v) => (blank(v) === null ? null : Number(v)),
    SaveTargetInput.shape.fortune500Projects,
  ),
  newAboveScale: z.preprocess((v) => (blank(v) === null ? null : Number(v)), SaveTargetInput.shape.newAboveScale),
});
type Fields = keyof z.output<typeof TargetFields>;
const FIELDS: Fields[] = ["signedAmount", "landedProjects", "fortune500Projects", "newAboveScale"];

/** One unit's targets for the year, saved on their own (a stale copy gets the conflict message). */
export function TargetForm({ year, unit }: { year: number; unit: Unit }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const [version, setVersion] = useState(unit.version);
  const initial = {
    signedAmount: unit.signedAmount ?? "",
    landedProjects: unit.landedProjects?.toString() ?? "",
    fortune500Projects: unit.fortune500Projects?.toString() ?? "",
    newAboveScale: unit.newAboveScale?.toString() ?? "",
  };
  const form = useForm<z.input<typeof TargetFields>, unknown, z.output<typeof TargetFields>>({
    resolver: zodResolver(TargetFields),
    defaultValues: initial,
  });
  const save = useMutation(
    trpc.cockpit.saveTarget.mutationOptions({
      onSuccess: (r) => {
        setVersion(r.version);
        form.reset({
          signedAmount: r.signedAmount ?? "",
          landedProjects: r.landedProjects?.toString() ?? "",
          fortune500Projects: r.fortune500Projects?.toString() ?? "",
          newAboveScale: r.newAboveScale?.toString() ?? "",
        });
      },
    }),
  );
  const saveError = useFormError(save.error, { form });
  const id = (f: Fields) => `target-${unit.unitId}-${f}`;
  return (
    <Card>
      <CardHeader title={unit.kind === "bureau" ? t("targets.district") : unit.name} />
      <CardBody>
        <form
          noValidate
          className="space-y-3"
          aria-label={unit.kind === "bureau" ? t("targets.district") : unit.name}
          onSubmit={form.handleSubmit((v) => save.mutate({ year, unitId: unit.unitId, version, ...v }))}
        >
          <div className="grid grid-cols-2 gap-3">
            {FIELDS.map((f) => (
              <Field
                key={f}
                id={id(f)}
                label={t(`targets.${f}`)}
                error={shownError(form.formState.errors[f], () =>
                  t(f === "signedAmount" ? "targets.amountInvalid" : "targets.countInvalid"),
                )}
              >
                <Input
                  id={id(f)}
                  inputMode={f === "signedAmount" ? "decimal" : "numeric"}
                  defaultValue={initial[f]}
                  placeholder={t("targets.none")}
                  {...form.register(f)}
                />
              </Field>
            ))}
          </div>
          <ErrorAlert>{saveError.summary}</ErrorAlert>
          {save.isSuccess && !form.formState.isDirty ? <Alert tone="success">{t("targets.saved")}</Alert> : null}
          <Button type="submit" size="sm" disabled={save.isPending || !form.formState.isDirty}>
            {save.isPending ? t("common.saving") : t("common.save")}
          </Button>
        </form>
      </CardBody>
    </Card>
  );
}
