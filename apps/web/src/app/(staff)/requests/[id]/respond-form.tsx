"use client";

import { Button, ErrorAlert, Field, Textarea } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { ConfirmDialog } from "~/components/confirm-dialog";
import { useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

/** The department answers; "reply and resolve" closes the request with that answer. */
export function RespondForm({ id, version: initial }: { id: string; version: number }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [body, setBody] = useState("");
  // The version this form last saved: kept from its own results, so a refresh does not reset what is typed.
  const [version, setVersion] = useState(initial);
  const respond = useMutation(
    trpc.request.respond.mutationOptions({
      onSuccess: (r) => {
        setVersion(r.version);
        setBody("");
        router.refresh();
      },
    }),
  );
  const formError = useFormError(respond.error, { shown: ["body"] });
  // 答复并办结 closes the request for good: it asks first.
  const [confirming, setConfirming] = useState(false);
  const send = (resolve: boolean) => respond.mutate({ id, version, body, resolve });
  const ok = body.trim().length >= 2;
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (ok) send(false);
      }}
    >
      <Field id="respond-body" label={t("requests.answerBody")} error={formError.field("body")}>
        <Textarea
          id="respond-body"
          rows={4}
          maxLength={4000}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          aria-invalid={formError.field("body") ? true : undefined}
          aria-describedby={formError.field("body") ? "respond-body-error" : undefined}
        />
      </Field>
      <ErrorAlert>{formError.summary}</ErrorAlert>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="secondary" disabled={!ok || respond.isPending}>
          {t("requests.reply")}
        </Button>
        <Button type="button" disabled={!ok || respond.isPending} onClick={() => setConfirming(true)}>
          {t("requests.replyResolve")}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t("forms.confirm.resolveTitle")}
        body={t("forms.confirm.resolveBody")}
        confirmLabel={t("forms.confirm.ok")}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          send(true);
        }}
      />
    </form>
  );
}
