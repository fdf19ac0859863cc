"use client";

import type { RouterOutputs } from "@crm/api";
import { addDaysToDate, todayInShanghai } from "@crm/domain";
import {
  Alert,
  Button,
  Card,
  CardBody,
  CardHeader,
  ErrorAlert,
  Field,
  Input,
  invalidProps,
  Select,
  Textarea,
} from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { formatters } from "~/components/format";
import { Modal } from "~/components/modal";
import { useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

type Raised = RouterOutputs["prospect"]["raiseLead"];

interface Props {
  prospect: { id: string; version: number; ownerUnitId: string; stale: boolean };
  zones: { id: string; name: string }[];
  canRaise: boolean;
  /** Still open: once raised or dropped, only what happened is said here. */
  open: boolean;
}

/** Confirm still current, drop with a reason, and turn into a lead for a zone task force. */
export function ProspectActions({ prospect, zones, canRaise, open }: Props) {
  const t = useTranslations();
  const f = formatters(useLocale());
  const trpc = useTRPC();
  const router = useRouter();
  const refresh = { onSuccess: () => router.refresh() };
  const confirm = useMutation(trpc.prospect.confirm.mutationOptions(refresh));
  const drop = useMutation(
    trpc.prospect.drop.mutationOptions({
      onSuccess: () => {
        setDropOpen(false);
        router.refresh();
      },
    }),
  );
  const [result, setResult] = useState<Raised | null>(null);
  const raise = useMutation(
    trpc.prospect.raiseLead.mutationOptions({
      onSuccess: (r) => {
        setResult(r);
        setRaiseOpen(false);
        if (r.status === "raised") router.refresh();
      },
    }),
  );
  const [dropOpen, setDropOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [dropTried, setDropTried] = useState(false);
  const [raiseOpen, setRaiseOpen] = useState(false);
  const ownZone = zones.find((z) => z.id === prospect.ownerUnitId);
  const [zoneId, setZoneId] = useState(ownZone?.id ?? "");
  const [dueOn, setDueOn] = useState(addDaysToDate(todayInShanghai(), 30));
  const confirmError = useFormError(confirm.error);
  const dropError = useFormError(drop.error, { shown: ["reason"] });
  const raiseError = useFormError(raise.error, { shown: ["zoneId", "dueOn"], rules: { ownZoneOnly: "zoneId" } });
  const reasonError = dropTried && reason.trim().length < 2 ? t("prospects.reasonRequired") : dropError.field("reason");

  return (
    <>
      {(canRaise && open) || result ? (
        <Card>
          <CardHeader title={t("prospects.raise.title")} />
          <CardBody className="space-y-3">
            {result?.status === "raised" ? (
              <Alert tone="success">
                {t("prospects.raise.done", { zone: result.zoneName })}{" "}
                <Link href={`/leads/${result.leadId}`} className="font-medium underline">
                  {t("prospects.raise.open")}
                </Link>
              </Alert>
            ) : null}
            {result?.status === "duplicates" ? (
              <ErrorAlert>
                <p>{t("prospects.raise.duplicate")}</p>
                <ul className="mt-1 list-disc pl-5">
                  {result.duplicates.leads.map((l) => (
                    <li key={l.id}>
                      <Link href={`/leads/${l.id}`} className="underline">
                        {t("prospects.raise.duplicateItem", {
                          name: l.enterpriseName,
                          unit: l.reportingUnit,
                          on: f.date(l.reportedOn),
                          status: t(`leadStatus.${l.status}`),
                        })}
                      </Link>
                    </li>
                  ))}
                </ul>
              </ErrorAlert>
            ) : null}
            {canRaise && open && result?.status !== "raised" ? (
              <Button onClick={() => setRaiseOpen(true)}>{t("prospects.raise.action")}</Button>
            ) : null}
          </CardBody>
        </Card>
      ) : null}
      {!open && !drop.isSuccess ? null : (
        <Card>
          <CardBody className="space-y-3">
            {drop.isSuccess ? <Alert tone="success">{t("prospects.drop.done")}</Alert> : null}
            {confirm.isSuccess ? <Alert tone="success">{t("prospects.confirm.done")}</Alert> : null}
            <ErrorAlert>{confirmError.summary}</ErrorAlert>
            {open ? (
              <div className="flex flex-wrap gap-2">
                <Button
                  variant={prospect.stale ? "primary" : "secondary"}
                  disabled={confirm.isPending}
                  onClick={() => confirm.mutate({ id: prospect.id, version: prospect.version })}
                >
                  {t("prospects.confirm.action")}
                </Button>
                <Button variant="secondary" onClick={() => setDropOpen(true)}>
                  {t("prospects.drop.action")}
                </Button>
              </div>
            ) : null}
          </CardBody>
        </Card>
      )}

      <Modal
        open={raiseOpen}
        title={t("prospects.raise.title")}
        onClose={() => setRaiseOpen(false)}
        footer={
          <>
            <Button variant="secondary" onClick={() => setRaiseOpen(false)} autoFocus>
              {t("prospects.raise.cancel")}
            </Button>
            <Button
              disabled={!zoneId || raise.isPending}
              onClick={() =>
                raise.mutate({ prospectId: prospect.id, version: prospect.version, zoneId, dueOn: dueOn || null })
              }
            >
              {t("prospects.raise.submit")}
            </Button>
          </>
        }
      >
        <div className="space-y-3">
          <Field id="raise-zone" label={t("prospects.raise.zone")} error={raiseError.field("zoneId")}>
            <Select
              {...invalidProps("raise-zone", raiseError.field("zoneId"))}
              id="raise-zone"
              value={zoneId}
              onChange={(e) => setZoneId(e.target.value)}
            >
              <option value="">—</option>
              {zones.map((z) => (
                <option key={z.id} value={z.id}>
                  {z.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="raise-due" label={t("prospects.raise.dueOn")} error={raiseError.field("dueOn")}>
            <Input
              {...invalidProps("raise-due", raiseError.field("dueOn"))}
              id="raise-due"
              type="date"
              value={dueOn}
              min={todayInShanghai()}
              onChange={(e) => setDueOn(e.target.value)}
            />
          </Field>
          <ErrorAlert>{raiseError.summary}</ErrorAlert>
        </div>
      </Modal>

      <Modal
        open={dropOpen}
        title={t("prospects.drop.title")}
        onClose={() => setDropOpen(false)}
        footer={
          <>
            <Button variant="secondary" onClick={() => setDropOpen(false)} autoFocus>
              {t("prospects.drop.cancel")}
            </Button>
            <Button
              variant="danger"
              disabled={drop.isPending}
              onClick={() => {
                setDropTried(true);
                if (reason.trim().length < 2) return;
                drop.mutate({ id: prospect.id, version: prospect.version, reason });
              }}
            >
              {t("prospects.drop.submit")}
            </Button>
          </>
        }
      >
        <div className="space-y-3">
          <p className="text-sm text-slate-600">{t("prospects.drop.body")}</p>
          <Field id="drop-reason" label={t("prospects.drop.reason")} error={reasonError}>
            <Textarea
              {...invalidProps("drop-reason", reasonError)}
              id="drop-reason"
              rows={3}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </Field>
          <ErrorAlert>{dropError.summary && !dropError.field("reason") ? dropError.summary : null}</ErrorAlert>
        </div>
      </Modal>
    </>
  );
}
