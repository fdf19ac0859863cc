import type { SessionUser } from "@crm/auth";
import { and, count, eq, gte, lte, schema, sql, type Executor } from "@crm/db";
import { monthEnd, projectsDrill, sumWan } from "@crm/domain";

import { scoped } from "../../scope/projects";
import { enterpriseListConditions } from "../enterprise/list";
import { onProjects, zoneAndChain, type CockpitView } from "./scope";

const { projects, fundRollups, enterprises } = schema;

const wanSum = (column: unknown) => sql<string>`coalesce(sum(${column}), 0)::numeric(16,2)::text`;

/**
 * Projects signed within the year (their signing day), by zone and chain: the headline's 签约 and
 * 500强, and the by-chain chart, come from these rows.
 */
export async function signedInYear(
  db: Executor,
  user: SessionUser,
  view: Pick<CockpitView, "from" | "to" | "zoneId" | "chainId">,
) {
  const rows = await db
    .select({
      zoneId: projects.zoneId,
      chainId: projects.chainId,
      n: count(),
      amountWan: wanSum(projects.signedAmount),
      fortune500: sql<number>`(count(*) filter (where ${projects.tags} @> array['fortune500']))::int`,
    })
    .from(projects)
    .where(scoped(user, gte(projects.signedOn, view.from), lte(projects.signedOn, view.to), onProjects(view)))
    .groupBy(projects.zoneId, projects.chainId);
  return rows;
}

/** The year's signings in one total: how many, for how much, how many 500强 (the home page's figures). */
export async function signedTotals(db: Executor, user: SessionUser, year: number) {
  const rows = await signedInYear(db, user, { from: `${year}-01-01`, to: `${year}-12-31` });
  return {
    count: rows.reduce((n, r) => n + r.n, 0),
    amountWan: sumWan(rows.map((r) => r.amountWan)),
    fortune500: rows.reduce((n, r) => n + r.fortune500, 0),
  };
}

/** Projects that landed (were registered) within the year. */
export async function landedInYear(db: Executor, user: SessionUser, view: CockpitView) {
  const [row] = await db
    .select({ n: count() })
    .from(projects)
    .where(scoped(user, gte(projects.registeredOn, view.from), lte(projects.registeredOn, view.to), onProjects(view)));
  return { value: row?.n ?? 0, drill: projectsDrill(view, { registeredFrom: view.from, registeredTo: view.to }) };
}

/** Enterprises that became 四上 within the year (with a project in view). */
export async function newAboveScale(db: Executor, user: SessionUser, view: CockpitView) {
  const filter = { aboveScaleFrom: view.from, aboveScaleTo: view.to, ...zoneAndChain(view) };
  const [row] = await db
    .select({ n: count() })
    .from(enterprises)
    .where(and(...enterpriseListConditions(user, filter)));
  return { value: row?.n ?? 0, drill: { list: "enterprises" as const, filter } };
}

/**
 * 到位资金 by month: the amount posted and how many projects it came from; and the year's total.
 * Read from the trigger-kept rollup by zone and chain, which is exact for the roles that see the
 * cockpit: the district-wide roles, and a zone (always narrowed to its own zone).
 */
export async function fundsByMonth(db: Executor, view: CockpitView) {
  const where = and(
    gte(fundRollups.startsOn, view.from),
    lte(fundRollups.startsOn, view.to),
    view.zoneId ? eq(fundRollups.zoneId, view.zoneId) : undefined,
    view.chainId ? eq(fundRollups.chainId, view.chainId) : undefined,
  );
  const rows = await db
    .select({
      span: fundRollups.span,
      month: sql<string>`to_char(${fundRollups.startsOn}, 'YYYY-MM')`,
      n: sql<number>`sum(${fundRollups.projects})::int`,
      amountWan: wanSum(fundRollups.amount),
    })
    .from(fundRollups)
    .where(where)
    .groupBy(fundRollups.span, fundRollups.startsOn);
  const total = rows.find((r) => r.span === "year");
  const byMonth = new Map(rows.filter((r) => r.span === "month").map((r) => [r.month, r]));
  const months = Array.from({ length: 12 }, (_, i) => {
    const month = `${view.year}-${String(i + 1).padStart(2, "0")}`;
    const r = byMonth.get(month);
    return {
      month,
      value: r?.n ?? 0,
      amountWan: r?.amountWan ?? "0.00",
      drill: projectsDrill(view, { fundsFrom: `${month}-01`, fundsTo: monthEnd(`${month}-01`) }),
    };
  });
  return {
    months,
    total: {
      value: total?.n ?? 0,
      amountWan: total?.amountWan ?? "0.00",
      drill: projectsDrill(view, { fundsFrom: view.from, fundsTo: view.to }),
    },
  };
}
