"use client";

import { Button, ErrorAlert, Field, Textarea } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { errorKey } from "~/trpc/errors";
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
      <Field id="respond-body" label={t("requests.answerBody")}>
        <Textarea id="respond-body" rows={4} maxLength={4000} value={body} onChange={(e) => setBody(e.target.value)} />
      </Field>
      {respond.error ? <ErrorAlert>{t(`errors.${errorKey(respond.error)}`)}</ErrorAlert> : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="secondary" disabled={!ok || respond.isPending}>
          {t("requests.reply")}
        </Button>
        <Button type="button" disabled={!ok || respond.isPending} onClick={() => send(true)}>
          {t("requests.replyResolve")}
        </Button>
      </div>
    </form>
  );
}
