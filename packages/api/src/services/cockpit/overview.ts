import { asc, eq, schema } from "@crm/db";
import { projectsDrill, sumWan, todayInShanghai, type CockpitInput } from "@crm/domain";

import type { AuthedContext } from "../../context";
import { approvalTimeByDepartment, overdueTasksByUnit, unresolvedRequests } from "./follow-through";
import { fundsByMonth, landedInYear, newAboveScale, signedInYear } from "./headline";
import { byZone, funnel, stagesByZone } from "./pipeline";
import { zoneRanking } from "./ranking";
import { cockpitView } from "./scope";
import { targetFor } from "./targets";

const { orgUnits, chains } = schema;

/**
 * Everything the cockpit shows for a year, a zone and a chain. Each figure carries `value` (how many
 * rows it stands for) and `drill` (the list, with its filter, that shows those rows).
 */
export async function cockpit(ctx: AuthedContext, input: CockpitInput) {
  const { db, user } = ctx;
  const now = ctx.now();
  const view = cockpitView(user, input, todayInShanghai(now));
  const [
    zones,
    chainList,
    signedRows,
    landed,
    aboveScale,
    funds,
    stageRows,
    overdueTasks,
    approvalTime,
    requests,
    ranking,
    target,
  ] = await Promise.all([
    db
      .select({ id: orgUnits.id, name: orgUnits.shortName })
      .from(orgUnits)
      .where(eq(orgUnits.kind, "zone"))
      .orderBy(asc(orgUnits.sort)),
    db.select({ id: chains.id, name: chains.name }).from(chains).orderBy(asc(chains.sort)),
    signedInYear(db, user, view),
    landedInYear(db, user, view),
    newAboveScale(db, user, view),
    fundsByMonth(db, view),
    stagesByZone(db, user, view),
    overdueTasksByUnit(db, user, view),
    approvalTimeByDepartment(db, user, view),
    unresolvedRequests(db, user, view),
    zoneRanking(db, view),
    targetFor(db, input.year, view.zoneId),
  ]);

  const signedDrill = (filter = {}) => projectsDrill(view, { signedFrom: view.from, signedTo: view.to, ...filter });
  let signedCount = 0;
  let signedWan = "0.00";
  let fortune500 = 0;
  const chainTotals = new Map<string | null, { value: number; amountWan: string }>();
  for (const r of signedRows) {
    signedCount += r.n;
    signedWan = sumWan([signedWan, r.amountWan]);
    fortune500 += r.fortune500;
    const c = chainTotals.get(r.chainId) ?? { value: 0, amountWan: "0.00" };
    chainTotals.set(r.chainId, { value: c.value + r.n, amountWan: sumWan([c.amountWan, r.amountWan]) });
  }
  const chainNames = new Map(chainList.map((c) => [c.id, c.name]));
  const byChain = [...chainTotals.entries()]
    .map(([chainId, t]) => ({
      chainId,
      name: chainId ? (chainNames.get(chainId) ?? "") : null,
      ...t,
      drill: chainId ? signedDrill({ chainIds: [chainId] }) : signedDrill({ withoutChain: true }),
    }))
    .sort((a, b) => Number(b.amountWan) - Number(a.amountWan));

  return {
    year: input.year,
    asOf: view.yearEnd === undefined ? view.today : `${view.year}-12-31`,
    zoneId: view.zoneId ?? null,
    chainId: view.chainId ?? null,
    zoneLocked: view.zoneLocked,
    /** What drill-downs built in the page depend on (stageDrill, zoneYearDrills). */
    frame: { from: view.from, to: view.to, zoneId: view.zoneId, chainId: view.chainId, yearEnd: view.yearEnd },
    zones,
    chains: chainList,
    targets: target
      ? {
          signedAmount: target.signedAmount,
          landedProjects: target.landedProjects,
          fortune500Projects: target.fortune500Projects,
          newAboveScale: target.newAboveScale,
        }
      : null,
    signed: { value: signedCount, amountWan: signedWan, drill: signedDrill() },
    landed,
    fortune500: { value: fortune500, drill: signedDrill({ tags: ["fortune500"] }) },
    newAboveScale: aboveScale,
    funds: funds.total,
    fundsByMonth: funds.months,
    funnel: funnel(stageRows, view),
    byZone: byZone(stageRows, view, zones),
    byChain,
    overdueTasks,
    approvalTime,
    requests,
    ranking,
  };
}

export type Cockpit = Awaited<ReturnType<typeof cockpit>>;
