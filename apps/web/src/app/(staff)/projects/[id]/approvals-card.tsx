"use client";

import type { RouterOutputs } from "@crm/api";
import { PROJECT_TYPES } from "@crm/domain";
import { Badge, Button, ErrorAlert, invalidProps, Select } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { ApprovalStatusBadge } from "~/components/approval/approval-status-badge";
import { ConfirmDialog } from "~/components/confirm-dialog";
import { formatters } from "~/components/format";
import { useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

type Item = RouterOutputs["approval"]["forProject"][number];
type Dictionary = RouterOutputs["approval"]["dictionary"];

/** A project's approval items; who may plan adds a template or single items and removes unstarted ones. */
export function ApprovalsCard({
  projectId,
  items,
  dictionary,
  canPlan,
}: {
  projectId: string;
  items: Item[];
  dictionary: Dictionary;
  canPlan: boolean;
}) {
  const t = useTranslations();
  const f = formatters(useLocale());
  const trpc = useTRPC();
  const router = useRouter();
  const [type, setType] = useState<(typeof PROJECT_TYPES)[number] | "">("");
  const [itemId, setItemId] = useState("");
  const [removing, setRemoving] = useState<Item | null>(null);
  const add = useMutation(
    trpc.approval.add.mutationOptions({ onSuccess: () => (setType(""), setItemId(""), router.refresh()) }),
  );
  const remove = useMutation(trpc.approval.remove.mutationOptions({ onSettled: () => router.refresh() }));
  const have = new Set(items.map((i) => i.item));
  const formError = useFormError(add.error ?? remove.error, { shown: add.error ? ["projectType", "itemIds"] : [] });
  const typeError = formError.field("projectType");
  const itemError = formError.field("itemIds");
  return (
    <div className="space-y-3">
      {items.length === 0 ? <p className="text-sm text-slate-500">{t("approvals.none")}</p> : null}
      <ul className="divide-y divide-slate-100">
        {items.map((a) => (
          <li key={a.id} className="flex flex-wrap items-start justify-between gap-2 py-2 text-sm">
            <div className="min-w-0">
              <p className="font-medium text-slate-900">
                {a.item} <span className="font-normal text-slate-500">· {a.department}</span>
              </p>
              <p className="text-xs text-slate-500">
                {a.submittedOn
                  ? t("approvals.submittedDue", { date: f.date(a.submittedOn), due: f.date(a.dueOn) })
                  : a.startedOn
                    ? t("approvals.startedOn", { date: f.date(a.startedOn) })
                    : t("approvals.limit", { n: a.timeLimitDays ?? "—" })}
                {a.decidedOn ? ` · ${t("approvals.decidedOn", { date: f.date(a.decidedOn) })}` : ""}
                {a.helpedBy ? ` · ${t("approvals.helpedBy", { name: a.helpedBy })}` : ""}
              </p>
              {a.blocker ? (
                <p className="mt-1 text-xs text-red-700">{t("approvals.blocker", { text: a.blocker })}</p>
              ) : null}
              {a.note ? <p className="mt-1 text-xs text-slate-600">{a.note}</p> : null}
            </div>
            <div className="flex items-center gap-2">
              {a.overdue ? <Badge tone="red">{t("approvals.overdue")}</Badge> : null}
              <ApprovalStatusBadge status={a.status} />
              {canPlan && a.status === "not_started" ? (
                <button
                  type="button"
                  className="text-xs text-slate-500 hover:text-red-700"
                  onClick={() => setRemoving(a)}
                  aria-label={t("approvals.removeItem", { item: a.item })}
                >
                  ✕
                </button>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
      <ErrorAlert>{formError.summary}</ErrorAlert>
      {canPlan ? (
        <div className="flex flex-wrap items-center gap-2 border-t border-slate-100 pt-3">
          <label className="sr-only" htmlFor="ap-template">
            {t("approvals.template")}
          </label>
          <Select
            {...invalidProps("ap-template", typeError)}
            id="ap-template"
            size="sm"
            value={type}
            onChange={(e) => setType(e.target.value as typeof type)}
          >
            <option value="">{t("approvals.chooseTemplate")}</option>
            {PROJECT_TYPES.map((p) => (
              <option key={p} value={p}>
                {t(`approvals.types.${p}`)}
              </option>
            ))}
          </Select>
          <Button
            size="sm"
            variant="secondary"
            disabled={!type || add.isPending}
            onClick={() => type && add.mutate({ projectId, projectType: type, itemIds: [] })}
          >
            {t("approvals.applyTemplate")}
          </Button>
          <label className="sr-only" htmlFor="ap-item">
            {t("approvals.item")}
          </label>
          <Select
            {...invalidProps("ap-item", itemError)}
            id="ap-item"
            size="sm"
            value={itemId}
            onChange={(e) => setItemId(e.target.value)}
          >
            <option value="">{t("approvals.chooseItem")}</option>
            {dictionary.items
              .filter((i) => i.active && !have.has(i.name))
              .map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name}（{i.department}）
                </option>
              ))}
          </Select>
          <Button
            size="sm"
            variant="secondary"
            disabled={!itemId || add.isPending}
            onClick={() => itemId && add.mutate({ projectId, itemIds: [itemId] })}
          >
            {t("approvals.addItem")}
          </Button>
          <ErrorAlert id="ap-template-error" inline className="w-full">
            {typeError}
          </ErrorAlert>
          <ErrorAlert id="ap-item-error" inline className="w-full">
            {itemError}
          </ErrorAlert>
        </div>
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        title={removing ? t("approvals.removeTitle", { item: removing.item }) : ""}
        confirmLabel={t("approvals.remove")}
        danger
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing) remove.mutate({ id: removing.id, version: removing.version });
          setRemoving(null);
        }}
      />
    </div>
  );
}
