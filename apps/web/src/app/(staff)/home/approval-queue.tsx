import type { ApprovalStatus } from "@crm/domain";
import { Badge, Card, CardBody, CardHeader, EmptyState } from "@crm/ui";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";

import { formatters } from "~/components/format";

interface Item {
  id: string;
  item: string;
  status: ApprovalStatus;
  submittedOn: string | null;
  blocker: string | null;
  projectId: string;
  name: string;
}

/** A department's open approval items, oldest submission first. */
export function ApprovalQueue({ items }: { items: Item[] }) {
  const t = useTranslations();
  const f = formatters(useLocale());
  return (
    <Card>
      <CardHeader title={t("home.approvals")} description={t("home.approvalsHint")} />
      <CardBody>
        {items.length === 0 ? (
          <EmptyState title={t("home.noApprovals")} />
        ) : (
          <ul className="divide-y divide-slate-100">
            {items.map((a) => (
              <li key={a.id} className="py-3 text-sm">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="font-medium text-slate-900">{a.item}</span>
                  <Badge tone={a.status === "in_review" ? "blue" : "gray"}>{t(`approvalStatus.${a.status}`)}</Badge>
                </div>
                <div className="mt-1 flex flex-wrap justify-between gap-2 text-slate-600">
                  <Link href={`/projects/${a.projectId}`} className="hover:text-brand-700">
                    {a.name}
                  </Link>
                  {a.submittedOn ? (
                    <span className="text-xs">{t("home.submittedOn", { date: f.date(a.submittedOn) })}</span>
                  ) : null}
                </div>
                {a.blocker ? (
                  <p className="mt-1 text-xs text-amber-700">{t("home.blocker", { text: a.blocker })}</p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}
