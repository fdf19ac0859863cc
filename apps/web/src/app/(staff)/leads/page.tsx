import { can, LEAD_STATUSES, type LeadStatus } from "@crm/domain";
import { Badge, Card, EmptyState, PageHeader, Select, Table, Td, Th } from "@crm/ui";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { formatters } from "~/components/format";
import { LeadStatusBadge } from "~/components/lead-status-badge";
import { staffApi } from "~/server/guard";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("leads") };
}

export default async function LeadsPage({ searchParams }: { searchParams: Promise<{ status?: string; q?: string }> }) {
  const { user, api } = await staffApi("lead.read");
  const sp = await searchParams;
  const status = (LEAD_STATUSES as readonly string[]).includes(sp.status ?? "") ? (sp.status as LeadStatus) : undefined;
  const q = sp.q?.slice(0, 60) || undefined;
  const { items } = await api.lead.list({ status, q, limit: 200 });
  const t = await getTranslations();
  const f = formatters(await getLocale());
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("nav.leads")}
        actions={
          can(user.role, "lead.write") ? (
            <Link
              href="/leads/new"
              className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700"
            >
              {t("leads.new")}
            </Link>
          ) : null
        }
      />
      <form method="get" className="flex flex-wrap gap-2">
        <input
          name="q"
          defaultValue={q}
          placeholder={t("leads.search")}
          aria-label={t("leads.search")}
          className="min-w-56 flex-1 rounded-md border-0 px-3 py-1.5 text-sm ring-1 ring-slate-300 ring-inset"
        />
        <Select name="status" defaultValue={status ?? ""} aria-label={t("leads.status")} size="sm">
          <option value="">{t("leads.allStatuses")}</option>
          {LEAD_STATUSES.filter((s) => s !== "merged").map((s) => (
            <option key={s} value={s}>
              {t(`leadStatus.${s}`)}
            </option>
          ))}
        </Select>
        <button
          type="submit"
          className="rounded-md bg-white px-3 py-1.5 text-sm ring-1 ring-slate-300 ring-inset hover:bg-slate-50"
        >
          {t("projects.filter")}
        </button>
      </form>
      <Card>
        {items.length === 0 ? (
          <div className="p-5">
            <EmptyState title={t("leads.empty")} />
          </div>
        ) : (
          <Table>
            <thead className="bg-slate-50">
              <tr>
                <Th>{t("leads.enterprise")}</Th>
                <Th>{t("leads.status")}</Th>
                <Th className="hidden sm:table-cell">{t("leads.source")}</Th>
                <Th className="hidden md:table-cell">{t("leads.reportingUnit")}</Th>
                <Th className="hidden md:table-cell">{t("leads.assignee")}</Th>
                <Th>{t("leads.reportedOn")}</Th>
                <Th className="hidden lg:table-cell">{t("leads.dueOn")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {items.map((l) => (
                <tr key={l.id} className="hover:bg-slate-50">
                  <Td className="max-w-72 truncate font-medium">
                    <Link href={`/leads/${l.id}`} className="hover:text-brand-700">
                      {l.enterpriseName}
                    </Link>
                  </Td>
                  <Td>
                    <span className="flex flex-wrap gap-1">
                      <LeadStatusBadge status={l.status} />
                      {l.overdue ? <Badge tone="red">{t("todo.overdue")}</Badge> : null}
                    </span>
                  </Td>
                  <Td className="hidden sm:table-cell">{t(`leadSource.${l.source}`)}</Td>
                  <Td className="hidden md:table-cell">{l.reportingUnit}</Td>
                  <Td className="hidden md:table-cell">{l.assigneeUnit ?? "—"}</Td>
                  <Td>{f.date(l.reportedOn)}</Td>
                  <Td className="hidden lg:table-cell">{f.date(l.dueOn)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
