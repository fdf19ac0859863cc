"use client";

import type { RouterOutputs } from "@crm/api";
import { formatDateTime, isAdministrator, isStaff, type StaffRole } from "@crm/domain";
import { Alert, Badge, Button, ErrorAlert, Table, Td, Th } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { ConfirmDialog } from "~/components/confirm-dialog";
import { errorKey } from "~/trpc/errors";
import { useTRPC } from "~/trpc/react";

import type { UnitOption } from "./role-unit-fields";
import { PlacementDialog } from "./placement-dialog";

type User = RouterOutputs["admin"]["users"][number];

/** What the signed-in administrator may do here (the permission table, read on the server): 三员分立 splits it. */
export interface AccountActions {
  place: boolean;
  resetCredentials: boolean;
  disable: boolean;
  unlock: boolean;
}

export function UsersTable({
  users,
  selfId,
  units,
  may,
}: {
  users: User[];
  selfId: string;
  units: UnitOption[];
  may: AccountActions;
}) {
  const t = useTranslations();
  const locale = useLocale() === "en" ? "en" : "zh-CN";
  const trpc = useTRPC();
  const router = useRouter();
  const [pending, setPending] = useState<User | null>(null);
  const [unlocking, setUnlocking] = useState<User | null>(null);
  const toggle = useMutation(trpc.admin.setUserDisabled.mutationOptions({ onSettled: () => router.refresh() }));
  const unlock = useMutation(trpc.admin.unlockUser.mutationOptions({ onSettled: () => router.refresh() }));
  const [resetting, setResetting] = useState<User | null>(null);
  const [placing, setPlacing] = useState<User | null>(null);
  const [placed, setPlaced] = useState(false);
  const reset = useMutation(trpc.admin.resetPassword.mutationOptions({ onSettled: () => router.refresh() }));
  const [resettingFactor, setResettingFactor] = useState<User | null>(null);
  const [factorReset, setFactorReset] = useState<string | null>(null);
  const resetFactor = useMutation(
    trpc.admin.resetSecondFactor.mutationOptions({ meta: { toast: "forms.done" }, onSettled: () => router.refresh() }),
  );
  const error = toggle.error ?? unlock.error ?? reset.error ?? resetFactor.error;
  const managed = (u: User) => u.id !== selfId && isStaff(u.role) && !u.enterpriseId;

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
      {reset.data ? (
        <div className="p-4">
          <Alert tone="success">
            {t("admin.resetDone", { username: reset.data.username })}{" "}
            <code data-testid="one-time-password" className="rounded bg-white px-1 font-mono text-base">
              {reset.data.temporaryPassword}
            </code>
            <span className="mt-1 block text-xs">{t("admin.oneTimeHint")}</span>
          </Alert>
        </div>
      ) : null}
      {factorReset ? (
        <div className="p-4">
          <Alert tone="success">{t("admin.resetSecondFactorDone", { username: factorReset })}</Alert>
        </div>
      ) : null}
      {placed ? (
        <div className="p-4">
          <Alert tone="success">{t("admin.roleChanged")}</Alert>
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
                  {u.mustChangePassword ? <Badge tone="amber">{t("admin.mustChangeBadge")}</Badge> : null}
                  {u.secondFactor ? <Badge tone="blue">{t("admin.secondFactorBadge")}</Badge> : null}
                </div>
              </Td>
              <Td className="space-x-2 text-right whitespace-nowrap">
                {u.locked && may.unlock ? (
                  <Button size="sm" variant="secondary" onClick={() => setUnlocking(u)} disabled={unlock.isPending}>
                    {t("admin.unlock")}
                  </Button>
                ) : null}
                {managed(u) && may.place ? (
                  <Button size="sm" variant="secondary" onClick={() => (setPlaced(false), setPlacing(u))}>
                    {t("admin.changeRole")}
                  </Button>
                ) : null}
                {managed(u) && may.resetCredentials && u.secondFactor ? (
                  <Button
                    size="sm"
                    variant="secondary"
                    onClick={() => (setFactorReset(null), setResettingFactor(u))}
                    disabled={resetFactor.isPending}
                  >
                    {t("admin.resetSecondFactor")}
                  </Button>
                ) : null}
                {managed(u) && may.resetCredentials ? (
                  <Button size="sm" variant="secondary" onClick={() => setResetting(u)} disabled={reset.isPending}>
                    {t("admin.resetPassword")}
                  </Button>
                ) : null}
                {u.id === selfId || !may.disable || isAdministrator(u.role) ? null : (
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
        open={resetting !== null}
        title={resetting ? t("admin.confirmResetTitle", { name: resetting.displayName }) : ""}
        body={t("admin.confirmResetBody")}
        confirmLabel={t("admin.resetPassword")}
        danger
        onCancel={() => setResetting(null)}
        onConfirm={() => {
          if (resetting) reset.mutate({ id: resetting.id, version: resetting.version });
          setResetting(null);
        }}
      />
      <ConfirmDialog
        open={resettingFactor !== null}
        title={resettingFactor ? t("admin.confirmResetSecondFactorTitle", { name: resettingFactor.displayName }) : ""}
        body={t("admin.confirmResetSecondFactorBody")}
        confirmLabel={t("admin.resetSecondFactor")}
        danger
        onCancel={() => setResettingFactor(null)}
        onConfirm={() => {
          const u = resettingFactor;
          if (u) resetFactor.mutate({ id: u.id, version: u.version }, { onSuccess: () => setFactorReset(u.username) });
          setResettingFactor(null);
        }}
      />
      {placing ? (
        <PlacementDialog
          user={{ ...placing, role: placing.role as StaffRole }}
          units={units}
          onClose={() => setPlacing(null)}
          onDone={() => {
            setPlacing(null);
            setPlaced(true);
            router.refresh();
          }}
        />
      ) : null}
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
