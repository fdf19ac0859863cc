import { can, isStaff, LANDED_STAGES, STAGES, todayInShanghai } from "@crm/domain";
import { Card, CardBody, CardHeader, Stat, PageHeader } from "@crm/ui";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";

import { formatters } from "~/components/format";
import { firstStaffPage } from "~/components/nav";
import { staffApi } from "~/server/guard";
import { requireUser } from "~/server/session";

import { RecentMoves } from "./home/recent-moves";
import { ReportedLeads } from "./home/reported-leads";
import { StageMatrix } from "./home/stage-matrix";
import { TodoCard } from "./home/todo-card";
import { ZoneTotals } from "./home/zone-totals";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("home") };
}

/**
 * Each role's home leads with its to-do (待办): what the person and their unit owe, overdue first —
 * a zone its new leads, overdue tasks and this month's dispatch; a department its approvals and
 * requests; the bureau what waits for routing or acceptance and what is overdue anywhere; a leader
 * the instructions given and the district's overdue work; a town the fate of the leads it reported.
 * Then the figures: its own projects by zone and stage, this year's signings, the latest moves.
 */
export default async function HomePage() {
  // The administrators (三员分立) have no business home: their first page is their work.
  const signedIn = await requireUser();
  if (isStaff(signedIn.role) && !can(signedIn.role, "home.read")) redirect(firstStaffPage(signedIn.role));
  const { api: caller } = await staffApi("home.read");
  const [me, summary, todo] = await Promise.all([caller.account.me(), caller.home.summary(), caller.todo.list({})]);
  const t = await getTranslations("home");
  const f = formatters(await getLocale());
  const inScope = summary.matrix.reduce((n, c) => n + c.n, 0);
  const landed = summary.matrix.filter((c) => LANDED_STAGES.includes(c.stage)).reduce((n, c) => n + c.n, 0);
  const showMatrix = can(me.role, "project.read"); // a town reports leads and sees no projects

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("greeting", { name: me.displayName })}
        description={
          <>
            {me.unitName} · {f.date(todayInShanghai())}
          </>
        }
      />

      <TodoCard items={todo.items} counts={todo.counts} today={todo.today} />

      {summary.reportedLeads ? <ReportedLeads rows={summary.reportedLeads} /> : null}

      {showMatrix ? (
        <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          <Stat
            label={t("projectsInScope", { scope: summary.districtWide ? "district" : "own" })}
            value={f.count(inScope)}
          />
          <Stat label={t("landed")} value={f.count(landed)} hint={t("landedHint")} />
          <Stat label={t("signedThisYear", { year: summary.year })} value={f.count(summary.signed.count)} />
          <Stat label={t("signedAmountThisYear", { year: summary.year })} value={f.wan(summary.signed.amountWan)} />
        </dl>
      ) : null}

      {showMatrix ? (
        <Card>
          <CardHeader title={t(summary.districtWide ? "matrixDistrict" : "matrixOwn")} description={t("matrixHint")} />
          <CardBody className="px-0 sm:px-0">
            <StageMatrix
              zones={summary.zones.filter((z) => summary.districtWide || summary.matrix.some((c) => c.zoneId === z.id))}
              cells={summary.matrix}
              stages={STAGES}
            />
          </CardBody>
        </Card>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        {summary.districtWide ? null : <ZoneTotals zones={summary.zones} />}
        {showMatrix ? <RecentMoves moves={summary.recent} /> : null}
      </div>
    </div>
  );
}
