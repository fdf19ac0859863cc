"use client";

import type { CarrierState } from "@crm/domain";
import { Alert, Button, Card, CardBody, CardHeader, ErrorAlert } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { ConfirmDialog } from "~/components/confirm-dialog";
import { errorKey } from "~/trpc/errors";
import { useTRPC } from "~/trpc/react";

interface Props {
  id: string;
  version: number;
  state: CarrierState;
  mayEdit: boolean;
  linkName: string | null;
  leadId: string | null;
  projectId: string | null;
}

/** The state moves (taken asks first) and "still as described", for those who keep the carrier. */
export function CarrierActions({ id, version, state, mayEdit, linkName, leadId, projectId }: Props) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [asking, setAsking] = useState<"taken" | "confirm" | null>(null);
  const done = { onSuccess: () => router.refresh() };
  const move = useMutation(trpc.carrier.move.mutationOptions(done));
  const confirm = useMutation(trpc.carrier.confirm.mutationOptions(done));
  if (!mayEdit) return null;
  const error = move.error ?? confirm.error;
  return (
    <Card>
      <CardHeader title={t("carriers.move.title")} />
      <CardBody className="space-y-3">
        {state === "available" ? <p className="text-sm text-slate-600">{t("carriers.move.needsLink")}</p> : null}
        {state === "in_talks" ? (
          <div className="flex flex-wrap gap-2">
            <Button onClick={() => setAsking("taken")} disabled={move.isPending}>
              {t("carriers.move.toTaken")}
            </Button>
            <Button
              variant="secondary"
              onClick={() => move.mutate({ id, version, to: "available" })}
              disabled={move.isPending}
            >
              {t("carriers.move.toAvailable")}
            </Button>
          </div>
        ) : null}
        {state !== "taken" ? (
          <Button variant="secondary" onClick={() => setAsking("confirm")} disabled={confirm.isPending}>
            {t("carriers.confirm.button")}
          </Button>
        ) : null}
        {move.isSuccess ? <Alert tone="success">{t("carriers.move.moved")}</Alert> : null}
        {confirm.isSuccess ? <Alert tone="success">{t("carriers.confirm.done")}</Alert> : null}
        {error ? <ErrorAlert>{t(`errors.${errorKey(error)}`)}</ErrorAlert> : null}
      </CardBody>
      <ConfirmDialog
        open={asking === "taken"}
        title={t("carriers.move.confirmTaken", { name: linkName ?? "—" })}
        body={t("carriers.move.confirmTakenBody")}
        confirmLabel={t("carriers.move.toTaken")}
        onCancel={() => setAsking(null)}
        onConfirm={() => {
          setAsking(null);
          move.mutate({ id, version, to: "taken", leadId, projectId });
        }}
      />
      <ConfirmDialog
        open={asking === "confirm"}
        title={t("carriers.confirm.title")}
        body={t("carriers.confirm.body")}
        confirmLabel={t("carriers.confirm.button")}
        onCancel={() => setAsking(null)}
        onConfirm={() => {
          setAsking(null);
          confirm.mutate({ id, version });
        }}
      />
    </Card>
  );
}
