"use client";

import { Button } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";

import { useTRPC } from "~/trpc/react";

export function MarkAllRead({ ids }: { ids: string[] }) {
  const t = useTranslations("notifications");
  const trpc = useTRPC();
  const router = useRouter();
  const mark = useMutation(trpc.notification.markRead.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <Button variant="secondary" size="sm" disabled={mark.isPending} onClick={() => mark.mutate({ ids })}>
      {t("markAll")}
    </Button>
  );
}
