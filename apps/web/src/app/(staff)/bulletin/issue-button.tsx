"use client";

import { Button, ErrorAlert } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { ConfirmDialog } from "~/components/confirm-dialog";
import { errorKey } from "~/trpc/errors";
import { useTRPC } from "~/trpc/react";

/** Issuing freezes the month's figures for good: asked once more before it happens. */
export function IssueButton({ month }: { month: string }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const issue = useMutation(trpc.bulletin.issue.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <>
      <Button onClick={() => setAsking(true)} disabled={issue.isPending}>
        {t("bulletin.issue")}
      </Button>
      {issue.error ? <ErrorAlert>{t(`errors.${errorKey(issue.error)}`)}</ErrorAlert> : null}
      <ConfirmDialog
        open={asking}
        title={t("bulletin.issueTitle", { month })}
        body={t("bulletin.issueBody")}
        confirmLabel={t("bulletin.issue")}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          issue.mutate({ month });
        }}
      />
    </>
  );
}
