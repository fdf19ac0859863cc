"use client";

import { Button, Card, CardBody, CardHeader, ErrorAlert, Field, Textarea } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { errorKey } from "~/trpc/errors";
import { useTRPC } from "~/trpc/react";

/** The step each party may take now: reply or report (the assignee), accept or send back, then rate (the assigner). */
export function TaskActions({
  task,
  can,
}: {
  task: { id: string; version: number };
  can: { reply: boolean; review: boolean; rate: boolean };
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [body, setBody] = useState("");
  // The version moves on with each step at once, so a quick second step never sends a stale one.
  const [version, setVersion] = useState(task.version);
  const done = {
    onSuccess: (r: { version: number }) => {
      setVersion(r.version);
      setBody("");
      router.refresh();
    },
  };
  const reply = useMutation(trpc.task.reply.mutationOptions(done));
  const report = useMutation(trpc.task.report.mutationOptions(done));
  const review = useMutation(trpc.task.review.mutationOptions(done));
  const rate = useMutation(trpc.task.rate.mutationOptions(done));
  const error = reply.error ?? report.error ?? review.error ?? rate.error;
  const busy = reply.isPending || report.isPending || review.isPending || rate.isPending;
  if (!can.reply && !can.review && !can.rate) return null;
  const base = { id: task.id, version };
  return (
    <Card>
      <CardHeader title={t("tasks.nextStep")} />
      <CardBody className="space-y-3">
        {error ? <ErrorAlert>{t(`errors.${errorKey(error)}`)}</ErrorAlert> : null}
        {can.reply || can.review ? (
          <Field id="task-body" label={can.reply ? t("tasks.replyLabel") : t("tasks.reviewLabel")}>
            <Textarea id="task-body" rows={4} value={body} onChange={(e) => setBody(e.target.value)} />
          </Field>
        ) : null}
        {can.reply ? (
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" disabled={busy || !body.trim()} onClick={() => reply.mutate({ ...base, body })}>
              {t("tasks.sendReply")}
            </Button>
            <Button disabled={busy} onClick={() => report.mutate({ ...base, body: body || null })}>
              {t("tasks.reportDone")}
            </Button>
          </div>
        ) : null}
        {can.review ? (
          <div className="flex flex-wrap gap-2">
            <Button disabled={busy} onClick={() => review.mutate({ ...base, accept: true, body: body || null })}>
              {t("tasks.accept")}
            </Button>
            <Button
              variant="secondary"
              disabled={busy || !body.trim()}
              onClick={() => review.mutate({ ...base, accept: false, body })}
            >
              {t("tasks.sendBack")}
            </Button>
          </div>
        ) : null}
        {can.rate ? (
          <div role="group" aria-label={t("tasks.rate")} className="flex items-center gap-1">
            <span className="mr-2 text-sm text-slate-600">{t("tasks.rate")}</span>
            {[1, 2, 3, 4, 5].map((n) => (
              <button
                key={n}
                type="button"
                disabled={busy}
                onClick={() => rate.mutate({ ...base, rating: n })}
                aria-label={t("tasks.ratingLine", { n })}
                className="text-2xl text-amber-400 hover:scale-110"
              >
                ★
              </button>
            ))}
          </div>
        ) : null}
      </CardBody>
    </Card>
  );
}
