import {
  BULLETIN_COLUMNS,
  BULLETIN_METRICS,
  can,
  Month,
  monthOf,
  PENALTY_COUNT_CAP,
  previousMonth,
  todayInShanghai,
  type BulletinColumn,
} from "@crm/domain";
import { Alert, Card, CardBody, CardHeader, PageHeader, ScrollRegion } from "@crm/ui";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { BulletinTable } from "~/components/bulletin/bulletin-table";
import { GapFunnelTable } from "~/components/chain/gap-funnel-table";
import { formatters } from "~/components/format";
import { staffApi } from "~/server/guard";

import { IssueButton } from "./issue-button";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("bulletin") };
}

/** 月度通报: preview the month's figures and ranking, issue (freeze) it, export it; the archive of issued ones. */
export default async function BulletinPage({ searchParams }: { searchParams: Promise<{ month?: string }> }) {
  const { user, api } = await staffApi("bulletin.read");
  const sp = await searchParams;
  // Opens on the last complete month: on the 2nd, the current month has barely begun.
  const month = Month.safeParse(sp.month).success ? sp.month! : previousMonth(monthOf(todayInShanghai()));
  const [bulletin, archive] = await Promise.all([api.bulletin.get({ month }), api.bulletin.archive()]);
  const t = await getTranslations("bulletin");
  const tChain = await getTranslations("chainMap.gapTable");
  const f = formatters(await getLocale());
  const labels = Object.fromEntries(BULLETIN_COLUMNS.map((k) => [k, t(`columns.${k}`)])) as Record<
    BulletinColumn,
    string
  >;
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("title", { month: f.month(month) })}
        description={
          bulletin.issued
            ? t("issuedOn", { date: f.date(bulletin.issuedAt!) })
            : t("preview", { date: f.date(bulletin.content.asOf) })
        }
        actions={
          <form method="get" className="flex items-center gap-2 text-sm">
            <label htmlFor="month">{t("month")}</label>
            <input
              id="month"
              name="month"
              type="month"
              defaultValue={month}
              className="rounded-md border-0 px-2 py-1.5 ring-1 ring-slate-300 ring-inset"
            />
            <button
              type="submit"
              className="rounded-md bg-white px-3 py-1.5 ring-1 ring-slate-300 ring-inset hover:bg-slate-50"
            >
              {t("show")}
            </button>
          </form>
        }
      />
      <div className="flex flex-wrap gap-2">
        {!bulletin.issued && can(user.role, "bulletin.issue") ? <IssueButton month={month} /> : null}
        <a
          href={`/api/bulletin/export?month=${month}`}
          className="rounded-md bg-white px-3 py-2 text-sm font-medium ring-1 ring-slate-300 ring-inset hover:bg-slate-50"
        >
          {t("exportXlsx")}
        </a>
        <a
          href={`/api/bulletin/pdf?month=${month}`}
          className="rounded-md bg-white px-3 py-2 text-sm font-medium ring-1 ring-slate-300 ring-inset hover:bg-slate-50"
        >
          {t("exportPdf")}
        </a>
      </div>
      {bulletin.issued ? <Alert tone="info">{t("frozen")}</Alert> : null}
      <Card>
        <CardHeader title={t("ranking")} description={t("rankingHint")} />
        <CardBody className="px-0 sm:px-0">
          <ScrollRegion label={t("ranking")}>
            <BulletinTable rows={bulletin.content.zones} ranked labels={labels} />
          </ScrollRegion>
          <div className="mt-3 px-4 text-xs text-slate-600 sm:px-6" id="scoring-rule">
            <p className="font-medium text-slate-700">{t("ruleTitle")}</p>
            <p>
              {BULLETIN_METRICS.filter((m) => bulletin.content.rule[m] !== 0)
                .map((m) =>
                  t("ruleItem", {
                    metric: labels[m],
                    points: f.count(Math.abs(bulletin.content.rule[m])),
                    sign: bulletin.content.rule[m] > 0 ? "plus" : "minus",
                  }),
                )
                .join("；")}
            </p>
            <p>{t("ruleCap", { n: PENALTY_COUNT_CAP })}</p>
          </div>
        </CardBody>
      </Card>
      <Card>
        <CardHeader title={t("others")} />
        <CardBody className="px-0 sm:px-0">
          <ScrollRegion label={t("others")}>
            <BulletinTable rows={bulletin.content.others} ranked={false} labels={labels} />
          </ScrollRegion>
        </CardBody>
      </Card>
      {bulletin.content.chains ? (
        <Card>
          <CardHeader title={tChain("title")} description={tChain("hint")} />
          <CardBody className="px-0 sm:px-0">
            <GapFunnelTable rows={bulletin.content.chains} linked={can(user.role, "chain.read")} />
          </CardBody>
        </Card>
      ) : null}
      <Card>
        <CardHeader title={t("archive")} />
        <CardBody>
          {archive.length === 0 ? (
            <p className="text-sm text-slate-500">{t("noArchive")}</p>
          ) : (
            <ul className="flex flex-wrap gap-3 text-sm">
              {archive.map((b) => (
                <li key={b.id}>
                  <Link href={`/bulletin?month=${b.month.slice(0, 7)}`} className="text-brand-700 hover:underline">
                    {b.month.slice(0, 7)}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
