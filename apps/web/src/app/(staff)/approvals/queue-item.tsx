"use client";

import type { RouterOutputs } from "@crm/api";
import { APPROVAL_STATUSES, canMoveApproval, todayInShanghai, type ApprovalStatus } from "@crm/domain";
import { Badge, Button, ErrorAlert, Field, Input, invalidProps, Select } from "@crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { ApprovalStatusBadge } from "~/components/approval/approval-status-badge";
import { formatters } from "~/components/format";
import { useFormError } from "~/trpc/form-errors";
import { useTRPC } from "~/trpc/react";

type Item = RouterOutputs["approval"]["queue"][number];

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** One item of the queue: its state at a glance, and a form to move it on, note progress, or name a blocker. */
export function QueueItem({ item, canUpdate }: { item: Item; canUpdate: boolean }) {
  const t = useTranslations();
  const f = formatters(useLocale());
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [version, setVersion] = useState(item.version);
  const [v, setV] = useState({
    status: item.status as ApprovalStatus,
    on: todayInShanghai(),
    note: item.note ?? "",
    blocker: item.blocker ?? "",
    helped: false,
  });
  const save = useMutation(
    trpc.approval.update.mutationOptions({
      onSuccess: (r) => {
        setVersion(r.version);
        setOpen(false);
        router.refresh();
      },
    }),
  );
  const choices = APPROVAL_STATUSES.filter((s) => s === item.status || canMoveApproval(item.status, s));
  const formId = `approval-${item.id}`;
  const formError = useFormError(save.error, {
    shown: ["status", "on", "note", "blocker"],
    rules: { futureDate: "on", approvalWrongStep: "status" },
  });
  const err = (path: string) => formError.field(path);
  return (
    <li className="px-4 py-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="font-medium text-slate-900">
            {item.item}
            <span className="ml-2 font-normal text-slate-500">
              <Link href={`/projects/${item.projectId}#approvals`} className="hover:text-brand-700 hover:underline">
                {item.name}
              </Link>
              {item.enterpriseName ? ` · ${item.enterpriseName}` : ""}
            </span>
          </p>
          <p className="text-xs text-slate-500">
            {item.department} ·{" "}
            {item.submittedOn
              ? t("approvals.submittedDue", { date: f.date(item.submittedOn), due: f.date(item.dueOn) })
              : t("approvals.limit", { n: item.timeLimitDays ?? "—" })}
          </p>
          {item.decidedOn && item.submittedOn ? (
            <p className="text-xs text-slate-500">
              {t("approvals.decidedIn", {
                date: f.date(item.decidedOn),
                days: daysBetween(item.submittedOn, item.decidedOn),
              })}
            </p>
          ) : null}
          {item.blocker ? (
            <p className="mt-1 text-xs text-red-700">{t("approvals.blocker", { text: item.blocker })}</p>
          ) : null}
        </div>
        <div className="flex items-center gap-2">
          {item.overdue ? <Badge tone="red">{t("approvals.overdue")}</Badge> : null}
          <ApprovalStatusBadge status={item.status} />
          {canUpdate ? (
            <Button
              size="sm"
              variant="secondary"
              aria-expanded={open}
              aria-controls={formId}
              onClick={() => setOpen(!open)}
            >
              {t("approvals.update")}
            </Button>
          ) : null}
        </div>
      </div>
      {open ? (
        <form
          id={formId}
          className="mt-3 grid gap-3 rounded-md bg-slate-50 p-3 sm:grid-cols-2"
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate({
              id: item.id,
              version,
              status: v.status,
              on: v.on,
              note: v.note,
              blocker: v.blocker,
              helped: v.helped,
            });
          }}
        >
          <Field id={`${formId}-status`} label={t("approvals.status")} error={err("status")}>
            <Select
              {...invalidProps(`${formId}-status`, err("status"))}
              id={`${formId}-status`}
              value={v.status}
              onChange={(e) => setV({ ...v, status: e.target.value as ApprovalStatus })}
            >
              {choices.map((s) => (
                <option key={s} value={s}>
                  {t(`approvalStatus.${s}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field id={`${formId}-on`} label={t("approvals.on")} error={err("on")}>
            <Input
              {...invalidProps(`${formId}-on`, err("on"))}
              id={`${formId}-on`}
              type="date"
              max={todayInShanghai()}
              value={v.on}
              onChange={(e) => setV({ ...v, on: e.target.value })}
              disabled={v.status === item.status}
            />
          </Field>
          <div className="sm:col-span-2">
            <Field
              id={`${formId}-note`}
              label={t("approvals.noteLabel")}
              hint={t("approvals.noteHint")}
              error={err("note")}
            >
              <Input
                {...invalidProps(`${formId}-note`, err("note"))}
                id={`${formId}-note`}
                maxLength={1000}
                value={v.note}
                onChange={(e) => setV({ ...v, note: e.target.value })}
              />
            </Field>
          </div>
          <div className="sm:col-span-2">
            <Field
              id={`${formId}-blocker`}
              label={t("approvals.blockerLabel")}
              hint={t("approvals.blockerHint")}
              error={err("blocker")}
            >
              <Input
                {...invalidProps(`${formId}-blocker`, err("blocker"))}
                id={`${formId}-blocker`}
                maxLength={500}
                value={v.blocker}
                onChange={(e) => setV({ ...v, blocker: e.target.value })}
              />
            </Field>
          </div>
          <label className="flex items-center gap-2 text-sm sm:col-span-2">
            <input type="checkbox" checked={v.helped} onChange={(e) => setV({ ...v, helped: e.target.checked })} />
            {t("approvals.iHelped")}
          </label>
          {formError.summary ? (
            <div className="sm:col-span-2">
              <ErrorAlert>{formError.summary}</ErrorAlert>
            </div>
          ) : null}
          <div className="flex gap-2 sm:col-span-2">
            <Button type="submit" size="sm" disabled={save.isPending}>
              {t("common.save")}
            </Button>
            <Button type="button" size="sm" variant="secondary" onClick={() => setOpen(false)}>
              {t("common.cancel")}
            </Button>
          </div>
        </form>
      ) : null}
    </li>
  );
}
