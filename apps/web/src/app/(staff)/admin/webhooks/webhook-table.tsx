"use client";

import type { RouterOutputs } from "@crm/api";
import { formatDateTime, WebhookUrl } from "@crm/domain";
import { Badge, Button, ErrorAlert, Input, Table, Td, Th } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { ConfirmDialog } from "~/components/confirm-dialog";
import { errorKey } from "~/trpc/errors";
import { useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

type Unit = RouterOutputs["settings"]["webhooks"][number];

/** One row per unit: its robot address, edited in place, and how the latest message went. */
export function WebhookTable({ units }: { units: Unit[] }) {
  const t = useTranslations();
  const [removing, setRemoving] = useState<Unit | null>(null);
  const trpc = useTRPC();
  const router = useRouter();
  const remove = useMutation(trpc.settings.removeWebhook.mutationOptions({ onSettled: () => router.refresh() }));
  return (
    <>
      {remove.error ? (
        <div className="p-4">
          <ErrorAlert>{t(`errors.${errorKey(remove.error)}`)}</ErrorAlert>
        </div>
      ) : null}
      <Table>
        <thead className="bg-slate-50">
          <tr>
            <Th>{t("account.unit")}</Th>
            <Th>{t("webhooks.url")}</Th>
            <Th className="hidden md:table-cell">{t("webhooks.lastDelivery")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {units.map((u) => (
            <tr key={u.id}>
              <Td className="whitespace-nowrap">{u.name}</Td>
              <Td>
                <WebhookEditor key={u.url === null ? "none" : "set"} unit={u} onRemove={() => setRemoving(u)} />
              </Td>
              <Td className="hidden md:table-cell">
                <Delivery unit={u} />
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <ConfirmDialog
        open={removing !== null}
        title={removing ? t("webhooks.removeTitle", { unit: removing.name }) : ""}
        body={t("webhooks.removeBody")}
        confirmLabel={t("webhooks.remove")}
        danger
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing?.version) remove.mutate({ unitId: removing.id, version: removing.version });
          setRemoving(null);
        }}
      />
    </>
  );
}

function WebhookEditor({ unit, onRemove }: { unit: Unit; onRemove: () => void }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [url, setUrl] = useState(unit.url ?? "");
  // The version this row last saved (or read): kept from the mutation, not from the refresh.
  const [version, setVersion] = useState(unit.version ?? undefined);
  const save = useMutation(
    trpc.settings.setWebhook.mutationOptions({
      onSuccess: (r) => {
        setVersion(r.version);
        router.refresh();
      },
    }),
  );
  const trimmed = url.trim();
  const invalid = trimmed !== "" && !WebhookUrl.safeParse(trimmed).success;
  const changed = trimmed !== (unit.url ?? "");
  const errorId = `hook-${unit.id}-error`;
  // An http address or a private one is the server's to refuse: said under the address, like a typo.
  const formError = useFormError(save.error, {
    shown: ["url"],
    rules: { webhookHttpsOnly: "url", webhookPrivateAddress: "url" },
  });
  const message = invalid ? t("webhooks.invalid") : (formError.field("url") ?? formError.summary);
  return (
    <form
      className="flex min-w-72 flex-col gap-1"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ unitId: unit.id, url: trimmed, version });
      }}
    >
      <div className="flex gap-2">
        <Input
          aria-label={t("webhooks.urlOf", { unit: unit.name })}
          aria-invalid={invalid || !!formError.field("url")}
          aria-describedby={message ? errorId : undefined}
          type="url"
          inputMode="url"
          placeholder={t("webhooks.placeholder")}
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          className="font-mono text-xs"
        />
        <Button type="submit" size="sm" disabled={!changed || invalid || trimmed === "" || save.isPending}>
          {t("common.save")}
        </Button>
        {unit.url ? (
          <Button type="button" size="sm" variant="secondary" onClick={onRemove}>
            {t("webhooks.remove")}
          </Button>
        ) : null}
      </div>
      <ErrorAlert id={errorId} inline className="text-xs">
        {message}
      </ErrorAlert>
    </form>
  );
}

/** The fixed words the deliverer stores (never the robot's text), shown in the reader's language. */
const NOTES: Record<string, "blockedAddress" | "timeout" | "networkError"> = {
  "blocked address": "blockedAddress",
  timeout: "timeout",
  "network error": "networkError",
};

function Delivery({ unit }: { unit: Unit }) {
  const t = useTranslations();
  const locale = useLocale() === "en" ? "en" : "zh-CN";
  const d = unit.lastDelivery;
  if (!d) return <span className="text-sm text-slate-500">{t("webhooks.none")}</span>;
  const tone = d.status === "sent" ? "green" : d.status === "failed" ? "red" : "amber";
  return (
    <span className="flex flex-col gap-0.5 text-xs text-slate-500">
      <span>
        <Badge tone={tone}>{t(`webhooks.status.${d.status}`)}</Badge> {formatDateTime(d.at, locale)}
      </span>
      {d.status !== "sent" && d.lastError ? (
        <span className="max-w-64 truncate" title={d.lastError}>
          {NOTES[d.lastError] ? t(`webhooks.note.${NOTES[d.lastError]}`) : d.lastError}
        </span>
      ) : null}
    </span>
  );
}
