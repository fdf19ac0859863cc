import type { LeadStatus, Stage } from "@crm/domain";
import { Badge, Card, CardBody, CardHeader, EmptyState } from "@crm/ui";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";

import { formatters } from "~/components/format";
import { LeadStatusBadge } from "~/components/lead-status-badge";

interface Row {
  id: string;
  name: string;
  status: LeadStatus;
  reportedOn: string;
  dueOn: string | null;
  assigneeUnit: string | null;
  stage: Stage | null;
  overdue: boolean;
}

/** A town's home: the leads it reported and what became of each — to whom it went, by when, which stage. */
export function ReportedLeads({ rows }: { rows: Row[] }) {
  const t = useTranslations();
  const f = formatters(useLocale());
  return (
    <Card>
      <CardHeader title={t("home.reportedLeads")} description={t("home.reportedLeadsHint")} />
      <CardBody>
        {rows.length === 0 ? (
          <EmptyState title={t("home.noReportedLeads")} />
        ) : (
          <ul className="divide-y divide-slate-100">
            {rows.map((l) => (
              <li key={l.id} className="py-3 text-sm">
                <div className="flex flex-wrap items-center gap-2">
                  <Link
                    href={`/leads/${l.id}`}
                    className="min-w-0 flex-1 font-medium text-slate-900 hover:text-brand-700"
                  >
                    {l.name}
                  </Link>
                  <LeadStatusBadge status={l.status} />
                  {l.overdue ? <Badge tone="red">{t("todo.overdue")}</Badge> : null}
                </div>
                <p className="mt-1 text-xs text-slate-600">
                  {t("home.reportedOn", { date: f.date(l.reportedOn) })}
                  {l.assigneeUnit ? ` · ${t("home.handledBy", { unit: l.assigneeUnit })}` : ""}
                  {l.dueOn && l.status === "assigned" ? ` · ${t("todo.dueLine", { date: f.date(l.dueOn) })}` : ""}
                  {l.stage ? ` · ${t("home.becameProject", { stage: t(`stages.${l.stage}`) })}` : ""}
                </p>
              </li>
            ))}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}
