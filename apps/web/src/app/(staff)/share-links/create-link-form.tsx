"use client";

import { CreateShareLinkInput } from "@crm/domain";
import { Alert, Button, Card, CardBody, CardHeader, ErrorAlert, Field, Input, Select } from "@crm/ui";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";

import { shownError, useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

type Values = z.input<typeof CreateShareLinkInput>;
interface Option {
  id: string;
  name: string;
}

/** Makes an investor link; its address is shown once, to copy (only its hash is kept). */
export function CreateLinkForm({
  chains,
  zones,
  lastContact,
  openIds,
}: {
  chains: Option[];
  zones: Option[];
  lastContact: string;
  /** The links still open: the one just made is shown only while it opens something. */
  openIds: string[];
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [copied, setCopied] = useState(false);
  const empty: Values = {
    kind: "opportunities",
    chainId: null,
    zoneId: null,
    title: "",
    contactLine: lastContact,
    expiresOn: null,
  };
  const form = useForm<Values, unknown, z.output<typeof CreateShareLinkInput>>({
    resolver: zodResolver(CreateShareLinkInput),
    defaultValues: empty,
  });
  const create = useMutation(
    trpc.share.create.mutationOptions({
      onSuccess: () => {
        setCopied(false);
        form.reset({ ...empty, contactLine: form.getValues("contactLine") });
        router.refresh();
      },
    }),
  );
  const error = useFormError(create.error, { form });
  const kind = useWatch({ control: form.control, name: "kind" });
  const own = (key: string) => () => t(`validation.${key}` as "validation.share.titleRequired");
  const url = create.data && openIds.includes(create.data.id) ? `${window.location.origin}${create.data.path}` : null;
  return (
    <Card>
      <CardHeader title={t("share.manage.create")} />
      <CardBody className="space-y-4">
        {url ? (
          <Alert tone="success">
            {t("share.manage.created")}{" "}
            <code data-testid="share-url" className="rounded bg-white px-1 font-mono text-sm break-all">
              {url}
            </code>{" "}
            <button
              type="button"
              className="font-medium underline"
              onClick={() => void navigator.clipboard?.writeText(url).then(() => setCopied(true))}
            >
              {copied ? t("share.manage.copied") : t("share.manage.copy")}
            </button>
          </Alert>
        ) : null}
        <form
          noValidate
          className="grid gap-4 sm:grid-cols-2"
          onSubmit={form.handleSubmit((v) =>
            create.mutate({
              ...v,
              chainId: v.kind === "chain" ? v.chainId : null,
              zoneId: v.zoneId || null,
              expiresOn: v.expiresOn || null,
            }),
          )}
        >
          <Field id="share-kind" label={t("share.manage.kind")}>
            <Select id="share-kind" {...form.register("kind")}>
              <option value="opportunities">{t("share.manage.kindOpportunities")}</option>
              <option value="chain">{t("share.manage.kindChain")}</option>
            </Select>
          </Field>
          {kind === "chain" ? (
            <Field
              id="share-chain"
              label={t("share.manage.chain")}
              error={shownError(form.formState.errors.chainId, own("share.chainRequired"))}
            >
              <Select id="share-chain" {...form.register("chainId", { setValueAs: (v: string) => v || null })}>
                <option value="">—</option>
                {chains.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </Select>
            </Field>
          ) : (
            <Field id="share-zone" label={t("share.manage.zone")}>
              <Select id="share-zone" {...form.register("zoneId", { setValueAs: (v: string) => v || null })}>
                <option value="">{t("share.manage.allZones")}</option>
                {zones.map((z) => (
                  <option key={z.id} value={z.id}>
                    {z.name}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <Field
            id="share-title"
            label={t("share.manage.title")}
            error={shownError(form.formState.errors.title, own("share.titleRequired"))}
          >
            <Input id="share-title" {...form.register("title")} />
          </Field>
          <Field
            id="share-contact"
            label={t("share.manage.contactLine")}
            error={shownError(form.formState.errors.contactLine, own("share.contactRequired"))}
          >
            <Input id="share-contact" {...form.register("contactLine")} />
          </Field>
          <Field id="share-expires" label={t("share.manage.expiresOn")}>
            <Input
              id="share-expires"
              type="date"
              {...form.register("expiresOn", { setValueAs: (v: string) => v || null })}
            />
          </Field>
          <div className="sm:col-span-2">
            <ErrorAlert>{error.summary}</ErrorAlert>
            <Button type="submit" disabled={create.isPending}>
              {create.isPending ? t("common.saving") : t("share.manage.create")}
            </Button>
          </div>
        </form>
      </CardBody>
    </Card>
  );
}
