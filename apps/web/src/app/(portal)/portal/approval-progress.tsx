import type { ApprovalStatus } from "@crm/domain";
import { useLocale, useTranslations } from "next-intl";

import { ApprovalStatusBadge } from "~/components/approval/approval-status-badge";
import { formatters } from "~/components/format";

interface Item {
  id: string;
  item: string;
  department: string;
  status: ApprovalStatus;
  startedOn: string | null;
  submittedOn: string | null;
  decidedOn: string | null;
  dueOn: string | null;
  note: string | null;
}

/** Each approval: done, in progress, waiting on whom, since when. */
export function ApprovalProgress({ items }: { items: Item[] }) {
  const t = useTranslations();
  const f = formatters(useLocale());
  if (items.length === 0) return <p className="text-sm text-slate-500">{t("portal.noApprovals")}</p>;
  return (
    <ul className="divide-y divide-slate-100 rounded-md ring-1 ring-slate-200">
      {items.map((a) => {
        const waiting =
          a.status === "submitted" || a.status === "in_review"
            ? t("portal.waitingOnDept", { dept: a.department, date: f.date(a.submittedOn) }) +
              (a.dueOn ? t("portal.dueBy", { date: f.date(a.dueOn) }) : "")
            : a.status === "approved" || a.status === "rejected"
              ? t("portal.decidedOn", { date: f.date(a.decidedOn) })
              : a.status === "preparing"
                ? t("portal.preparingSince", { date: f.date(a.startedOn) })
                : t("portal.notStarted");
        return (
          <li key={a.id} className="px-3 py-2.5 text-sm">
            <div className="flex items-center justify-between gap-2">
              <span className="font-medium text-slate-900">{a.item}</span>
              <ApprovalStatusBadge status={a.status} />
            </div>
            <p className="mt-0.5 text-xs text-slate-500">
              {a.department} · {waiting}
            </p>
            {a.note ? (
              <p className="mt-1 rounded bg-slate-50 px-2 py-1 text-xs text-slate-700">
                {t("portal.deptNote", { dept: a.department, note: a.note })}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
