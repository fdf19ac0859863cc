"use client";

import type { RouterOutputs } from "@crm/api";
import { Badge, Button, Card, CardBody, CardHeader, EmptyState, ErrorAlert } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { ConfirmDialog } from "~/components/confirm-dialog";
import { formatters } from "~/components/format";
import { errorKey } from "~/trpc/errors";
import { useTRPC } from "~/trpc/react";

type Link = RouterOutputs["share"]["list"][number];

/** The links made so far; an open one can be revoked, after a confirmation. */
export function LinkList({ links }: { links: Link[] }) {
  const t = useTranslations();
  const f = formatters(useLocale());
  const trpc = useTRPC();
  const router = useRouter();
  const [asking, setAsking] = useState<Link | null>(null);
  const revoke = useMutation(
    trpc.share.revoke.mutationOptions({ meta: { toast: "share.manage.revoked" }, onSuccess: () => router.refresh() }),
  );
  return (
    <Card>
      <CardHeader title={t("share.manage.list")} />
      <CardBody>
        {revoke.error ? <ErrorAlert>{t(`errors.${errorKey(revoke.error)}`)}</ErrorAlert> : null}
        {links.length === 0 ? (
          <EmptyState title={t("share.manage.none")} />
        ) : (
          <ul className="divide-y divide-slate-100">
            {links.map((l) => (
              <li key={l.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div className="min-w-0">
                  <p className="font-medium text-slate-900">
                    {l.title}{" "}
                    <Badge tone={l.open ? "green" : "gray"}>
                      {l.open ? t("share.manage.open") : t("share.manage.closed")}
                    </Badge>
                  </p>
                  <p className="text-xs text-slate-600">
                    {l.kind === "chain"
                      ? `${t("share.manage.kindChain")} · ${l.chainName}`
                      : t("share.manage.kindOpportunities")}
                    {l.zoneName ? ` · ${l.zoneName}` : ""} ·{" "}
                    {t("share.manage.by", { name: l.createdBy, date: f.date(l.createdAt) })}
                    {l.expiresOn ? ` · ${t("share.manage.expires", { date: f.date(l.expiresOn) })}` : ""}
                  </p>
                </div>
                {l.revokedAt === null ? (
                  <Button variant="secondary" size="sm" onClick={() => setAsking(l)}>
                    {t("share.manage.revoke")}
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </CardBody>
      <ConfirmDialog
        open={asking !== null}
        title={asking?.title ?? ""}
        body={t("share.manage.revokeConfirm")}
        confirmLabel={t("share.manage.revoke")}
        danger
        onCancel={() => setAsking(null)}
        onConfirm={() => {
          if (asking) revoke.mutate({ id: asking.id });
          setAsking(null);
        }}
      />
    </Card>
  );
}
