"use client";

import type { RouterOutputs } from "@crm/api";
import { formatDateTime } from "@crm/domain";
import { Alert, Badge, Button, ErrorAlert, Table, Td, Th } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { ConfirmDialog } from "~/components/confirm-dialog";
import { errorKey } from "~/trpc/errors";
import { useTRPC } from "~/trpc/react";

type User = RouterOutputs["admin"]["users"][number];

export function UsersTable({ users, selfId }: { users: User[]; selfId: string }) {
  const t = useTranslations();
  const locale = useLocale() === "en" ? "en" : "zh-CN";
  const trpc = useTRPC();
  const router = useRouter();
  const [pending, setPending] = useState<User | null>(null);
  const [unlocking, setUnlocking] = useState<User | null>(null);
  const toggle = useMutation(trpc.admin.setUserDisabled.mutationOptions({ onSettled: () => router.refresh() }));
  const unlock = useMutation(trpc.admin.unlockUser.mutationOptions({ onSettled: () => router.refresh() }));
  const error = toggle.error ?? unlock.error;

  return (
    <>
      {error ? (
        <div className="p-4">
          <ErrorAlert>{t(`errors.${errorKey(error)}`)}</ErrorAlert>
        </div>
      ) : null}
      {unlock.isSuccess ? (
        <div className="p-4">
          <Alert tone="success">{t("admin.unlocked")}</Alert>
        </div>
      ) : null}
      <Table>
        <thead className="bg-slate-50">
          <tr>
            <Th>{t("account.username")}</Th>
            <Th>{t("account.name")}</Th>
            <Th>{t("account.role")}</Th>
            <Th className="hidden md:table-cell">{t("account.unit")}</Th>
            <Th className="hidden lg:table-cell">{t("admin.lastSignIn")}</Th>
            <Th>{t("admin.status")}</Th>
            <Th>
              <span className="sr-only">{t("admin.actions")}</span>
            </Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {users.map((u) => (
            <tr key={u.id}>
              <Td className="font-mono text-xs">{u.username}</Td>
              <Td>{u.displayName}</Td>
              <Td>{t(`roles.${u.role}`)}</Td>
              <Td className="hidden max-w-56 truncate md:table-cell">{u.unitName ?? u.enterpriseName ?? "—"}</Td>
              <Td className="hidden text-slate-500 lg:table-cell">
                {u.lastSignInAt ? formatDateTime(u.lastSignInAt, locale) : t("admin.never")}
              </Td>
              <Td>
                <div className="flex flex-wrap gap-1">
                  {u.disabled ? (
                    <Badge tone="red">{t("admin.disabled")}</Badge>
                  ) : (
                    <Badge tone="green">{t("admin.active")}</Badge>
                  )}
                  {u.locked ? <Badge tone="amber">{t("admin.locked")}</Badge> : null}
                </div>
              </Td>
              <Td className="space-x-2 text-right whitespace-nowrap">
                {u.locked ? (
                  <Button size="sm" variant="secondary" onClick={() => setUnlocking(u)} disabled={unlock.isPending}>
                    {t("admin.unlock")}
                  </Button>
                ) : null}
                {u.id === selfId ? null : (
                  <Button size="sm" variant="secondary" onClick={() => setPending(u)} disabled={toggle.isPending}>
                    {u.disabled ? t("admin.enable") : t("admin.disable")}
                  </Button>
                )}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <ConfirmDialog
        open={pending !== null}
        title={
          pending
            ? t(pending.disabled ? "admin.confirmEnableTitle" : "admin.confirmDisableTitle", {
                name: pending.displayName,
              })
            : ""
        }
        body={pending && !pending.disabled ? t("admin.confirmDisableBody") : undefined}
        confirmLabel={pending?.disabled ? t("admin.enable") : t("admin.disable")}
        danger={!pending?.disabled}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (pending) toggle.mutate({ id: pending.id, disabled: !pending.disabled, version: pending.version });
          setPending(null);
        }}
      />
      <ConfirmDialog
        open={unlocking !== null}
        title={unlocking ? t("admin.confirmUnlockTitle", { name: unlocking.displayName }) : ""}
        body={t("admin.confirmUnlockBody")}
        confirmLabel={t("admin.unlock")}
        onCancel={() => setUnlocking(null)}
        onConfirm={() => {
          if (unlocking) unlock.mutate({ id: unlocking.id });
          setUnlocking(null);
        }}
      />
    </>
  );
}
