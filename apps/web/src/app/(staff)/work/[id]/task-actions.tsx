"use client";

import { Button, Card, CardBody, CardHeader, ErrorAlert, Field, invalidProps, Textarea } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { ConfirmDialog } from "~/components/confirm-dialog";
import { RatingStars } from "~/components/task/rating-stars";
import { useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

/** The step each party may take now: reply or report (the assignee), accept or send back, then rate (the assigner). */
export function TaskActions({
  task,
  can,
}: {
  task: { id: string; version: number; rating: number | null };
  can: { reply: boolean; review: boolean; rate: boolean };
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [body, setBody] = useState("");
  // The version moves on with each step at once, so a quick second step never sends a stale one.
  const [version, setVersion] = useState(task.version);
  const [rating, setRating] = useState(task.rating);
  // 申请办结 and 验收通过 cannot be taken back: each asks first.
  const [confirming, setConfirming] = useState<"report" | "accept" | null>(null);
  // Sending back without a reason is refused beside the text (the server refuses it too).
  const [sendBackTried, setSendBackTried] = useState(false);
  const done = {
    onSuccess: (r: { version: number }) => {
      setVersion(r.version);
      setBody("");
      setSendBackTried(false);
      router.refresh();
    },
  };
  const reply = useMutation(trpc.task.reply.mutationOptions(done));
  const report = useMutation(trpc.task.report.mutationOptions(done));
  const review = useMutation(trpc.task.review.mutationOptions(done));
  const rate = useMutation(
    trpc.task.rate.mutationOptions({
      onSuccess: (r, v) => {
        setRating(v.rating);
        done.onSuccess(r);
      },
    }),
  );
  const error = reply.error ?? report.error ?? review.error ?? rate.error;
  const formError = useFormError(error, { shown: ["body"] });
  const bodyError = sendBackTried && !body.trim() ? t("validation.task.reasonRequired") : formError.field("body");
  const busy = reply.isPending || report.isPending || review.isPending || rate.isPending;
  if (!can.reply && !can.review && !can.rate) return null;
  const base = { id: task.id, version };
  return (
    <Card>
      <CardHeader title={t("tasks.nextStep")} />
      <CardBody className="space-y-3">
        <ErrorAlert>{formError.summary}</ErrorAlert>
        {can.reply || can.review ? (
          <Field id="task-body" label={can.reply ? t("tasks.replyLabel") : t("tasks.reviewLabel")} error={bodyError}>
            <Textarea
              {...invalidProps("task-body", bodyError)}
              id="task-body"
              rows={4}
              value={body}
              onChange={(e) => setBody(e.target.value)}
            />
          </Field>
        ) : null}
        {can.reply ? (
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" disabled={busy || !body.trim()} onClick={() => reply.mutate({ ...base, body })}>
              {t("tasks.sendReply")}
            </Button>
            <Button disabled={busy || !body.trim()} onClick={() => setConfirming("report")}>
              {t("tasks.reportDone")}
            </Button>
          </div>
        ) : null}
        {can.review ? (
          <div className="flex flex-wrap gap-2">
            <Button disabled={busy} onClick={() => setConfirming("accept")}>
              {t("tasks.accept")}
            </Button>
            <Button
              variant="secondary"
              disabled={busy}
              onClick={() => {
                setSendBackTried(true);
                if (body.trim()) review.mutate({ ...base, accept: false, body });
              }}
            >
              {t("tasks.sendBack")}
            </Button>
          </div>
        ) : null}
        {can.rate ? (
          <RatingStars value={rating} disabled={busy} onChange={(n) => rate.mutate({ ...base, rating: n })} />
        ) : null}
        <ConfirmDialog
          open={confirming !== null}
          title={t(confirming === "accept" ? "forms.confirm.acceptTitle" : "forms.confirm.reportTitle")}
          body={t(confirming === "accept" ? "forms.confirm.acceptBody" : "forms.confirm.reportBody")}
          confirmLabel={t("forms.confirm.ok")}
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            if (confirming === "report") report.mutate({ ...base, body });
            else review.mutate({ ...base, accept: true, body: body || null });
            setConfirming(null);
          }}
        />
      </CardBody>
    </Card>
  );
}
