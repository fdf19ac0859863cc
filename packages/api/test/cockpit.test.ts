import { createDb, eq, schema, sql, type Database, type DbHandle } from "@crm/db";
import { seedDemo, TARGET_2024 } from "@crm/db/seed";
import { openMigrated } from "@crm/db/testing";
import { monthEnd } from "@crm/domain";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { builtInThePage, figuresIn, listedFor } from "./cockpit-drill";
import { as, expectTrpcError, useDatabase } from "./helpers";

const unitId = async (db: Database, code: string) =>
  (await db.select({ id: schema.orgUnits.id }).from(schema.orgUnits).where(eq(schema.orgUnits.code, code)))[0]!.id;

/** DOMAIN §4: the district's 2024, on both databases (the year-end funnel comes from the trigger-kept rollup). */
describe.each(["postgres", "pglite"] as const)("the 2024 cockpit on %s", (kind) => {
  let handle: DbHandle;
  beforeAll(async () => {
    if (kind === "postgres") {
      handle = await createDb({ url: inject("databaseUrl"), max: 2 });
    } else {
      handle = await openMigrated("pglite");
      await seedDemo(handle.db, { passwordHash: "unused" });
    }
  });
  afterAll(async () => handle?.close());

  it("26 projects signed for 64亿元, one of them 500强; 107 in reserve at the year's end; 35 new 四上", async () => {
    const c = await (await as(handle.db, "leader")).cockpit.overview({ year: 2024 });
    expect(c.asOf).toBe("2024-12-31");
    expect(c.signed).toMatchObject({ value: TARGET_2024.signedCount, amountWan: TARGET_2024.signedAmountWan });
    expect(c.fortune500.value).toBe(1);
    const stage = (s: string) => c.funnel.find((f) => f.stage === s)!.value;
    expect(stage("reserve")).toBe(TARGET_2024.reserveAtYearEnd);
    expect(stage("negotiating")).toBe(TARGET_2024.negotiating);
    expect(stage("planned")).toBe(TARGET_2024.planned);
    expect(c.newAboveScale.value).toBe(TARGET_2024.newAboveScale);
    expect(c.targets).toMatchObject({ signedAmount: "600000.00", newAboveScale: 30 });
  });
});

describe("the cockpit on the demo data (PostgreSQL)", () => {
  const { db } = useDatabase();

  it("drills every figure down to a list of exactly that many rows (and that total), for leaders and zones, this year and 2024", async () => {
    const park = await unitId(db(), "park");
    const steelPipe = (
      await db().select({ id: schema.chains.id }).from(schema.chains).where(eq(schema.chains.code, "steel_pipe"))
    )[0]!.id;
    const views = [
      ["leader", { year: 2026 }],
      ["leader", { year: 2024 }],
      ["leader", { year: 2024, chainId: steelPipe }],
      ["bureau.lead", { year: 2026, zoneId: park }],
      ["zone.park", { year: 2026 }],
      ["zone.park", { year: 2024 }],
    ] as const;
    const lists = new Map<string, number>();
    for (const [username, input] of views) {
      const caller = await as(db(), username);
      const cockpit = await caller.cockpit.overview(input);
      const figures = [...figuresIn(cockpit), ...builtInThePage(cockpit)];
      expect(figures.length, `${username} ${JSON.stringify(input)}`).toBeGreaterThan(40);
      for (const f of figures) {
        const listed = await listedFor(caller, f.drill);
        const where = `${username} ${JSON.stringify(input)} ${f.path}`;
        expect(listed.count, where).toBe(f.value);
        if (f.amountWan !== undefined && listed.amountWan !== undefined)
          expect(listed.amountWan, where).toBe(f.amountWan);
        if (f.value > 0) lists.set(f.drill.list, (lists.get(f.drill.list) ?? 0) + 1);
      }
    }
    // Not vacuous: every kind of list was reached with rows in it.
    expect([...lists.keys()].sort()).toEqual(["approvals", "enterprises", "projects", "requests", "tasks"]);
  });

  it("counts what a hand count of the rows gives", async () => {
    const c = await (await as(db(), "leader")).cockpit.overview({ year: 2024 });
    const one = async <T>(q: ReturnType<typeof sql>) => ((await db().execute(q)) as unknown as T[])[0]!;
    const landed = await one<{ n: number }>(
      sql`select count(*)::int as n from project where registered_on between '2024-01-01' and '2024-12-31'`,
    );
    expect(c.landed.value).toBe(landed.n);
    expect(c.landed.value).toBeGreaterThan(0);
    const funds = await one<{ n: number; wan: string }>(
      sql`select count(distinct project_id)::int as n, sum(amount)::text as wan from fund_posting where month between '2024-01-01' and '2024-12-01'`,
    );
    expect(c.funds).toMatchObject({ value: funds.n, amountWan: funds.wan });
    const months = c.fundsByMonth.map((m) => Number(m.amountWan)).reduce((a, b) => a + b, 0);
    expect(months.toFixed(2)).toBe(funds.wan);
    // A month's drill-down spans that month, and its rows are the month's postings, adding up to the figure.
    const june = c.fundsByMonth.find((m) => Number(m.amountWan) > 0)!;
    expect(june.drill.filter).toMatchObject({ fundsFrom: `${june.month}-01`, fundsTo: monthEnd(`${june.month}-01`) });
    const listed = await (await as(db(), "leader")).project.list({ ...june.drill.filter, limit: 200 });
    expect(listed.items.length).toBe(june.value);
    const cents = listed.items.reduce((n, r) => n + Math.round(Number(r.fundsWan) * 100), 0);
    expect((cents / 100).toFixed(2)).toBe(Number(june.amountWan).toFixed(2));

    // Approval time: the median by hand of one department's decided items.
    for (const d of c.approvalTime) {
      const rows = (await db().execute(
        sql`select decided_on - submitted_on as days from approval where department_id = ${d.departmentId} and status in ('approved','rejected') and submitted_on is not null and decided_on between '2024-01-01' and '2024-12-31' order by 1`,
      )) as unknown as { days: number }[];
      const days = rows.map((r) => Number(r.days));
      const mid = Math.floor(days.length / 2);
      const median = days.length % 2 ? days[mid]! : (days[mid - 1]! + days[mid]!) / 2;
      expect(d.value).toBe(days.length);
      expect(d.medianDays).toBe(Math.round(median * 10) / 10);
    }

    const now = await (await as(db(), "leader")).cockpit.overview({ year: 2026 });
    const overdue = await one<{ n: number }>(
      sql`select count(*)::int as n from task where status in ('open','in_progress') and due_on < '2026-11-25'`,
    );
    expect(now.overdueTasks.value).toBe(overdue.n);
    expect(now.overdueTasks.value).toBeGreaterThan(0);
    const open = await one<{ n: number }>(
      sql`select count(*)::int as n from service_request where status <> 'resolved'`,
    );
    expect(now.requests.value).toBe(open.n);
    const stages = (await db().execute(
      sql`select stage::text, count(*)::int as n from project group by 1`,
    )) as unknown as { stage: string; n: number }[];
    for (const s of stages) expect(now.funnel.find((f) => f.stage === s.stage)!.value, s.stage).toBe(s.n);
    expect(now.asOf).toBe("2026-11-25");
  });

  it("ranks the zones by how much of their signing target they reached", async () => {
    const c = await (await as(db(), "leader")).cockpit.overview({ year: 2024 });
    expect(c.ranking).toHaveLength(5);
    expect(c.ranking.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    const completions = c.ranking.map((r) => r.completion ?? -1);
    expect(completions).toEqual([...completions].sort((a, b) => b - a));
    for (const r of c.ranking) expect(r.completion).toBeCloseTo(Number(r.signed.amountWan) / Number(r.targetWan), 6);
    expect(c.ranking.reduce((n, r) => n + r.signed.value, 0)).toBe(c.signed.value);
  });

  it("shows a zone its own zone's cockpit and the other zones only as totals", async () => {
    const [park, street] = [await unitId(db(), "park"), await unitId(db(), "street")];
    const zone = await as(db(), "zone.park");
    const mine = await zone.cockpit.overview({ year: 2024 });
    const asLeader = await (await as(db(), "leader")).cockpit.overview({ year: 2024, zoneId: park });
    expect(mine).toMatchObject({ zoneId: park, zoneLocked: true });
    expect(mine.signed).toEqual(asLeader.signed);
    expect(mine.funnel).toEqual(asLeader.funnel);
    expect(mine.byZone.map((z) => z.zoneId)).toEqual([park]);
    expect(mine.targets).toEqual(asLeader.targets);
    // Other zones: totals, the same as a leader sees, and no way down to their rows.
    const district = await (await as(db(), "leader")).cockpit.overview({ year: 2024 });
    for (const r of mine.ranking) {
      const same = district.ranking.find((d) => d.zoneId === r.zoneId)!;
      expect(r.signed.value).toBe(same.signed.value);
      expect(r.drillable).toBe(r.zoneId === park);
    }
    await expectTrpcError(zone.cockpit.overview({ year: 2024, zoneId: street }), "FORBIDDEN");
    // And the list a drill-down would open holds nothing of another zone for it.
    const other = await zone.project.summary({ zoneIds: [street], signedFrom: "2024-01-01", signedTo: "2024-12-31" });
    expect(other.count).toBe(0);
  });

  it("lets the system administrator set a unit's targets once per version, and only for the district and the zones", async () => {
    const admin = await as(db(), "sysadmin");
    const scenic = await unitId(db(), "scenic");
    const [before] = (await admin.cockpit.targets({ year: 2027 })).filter((t) => t.unitId === scenic);
    expect(before!.version).toBeNull();
    const saved = await admin.cockpit.saveTarget({
      year: 2027,
      unitId: scenic,
      version: null,
      signedAmount: "80000.00",
      landedProjects: 3,
      fortune500Projects: null,
      newAboveScale: 4,
    });
    expect(saved.version).toBe(1);
    await expectTrpcError(
      admin.cockpit.saveTarget({
        year: 2027,
        unitId: scenic,
        version: null,
        signedAmount: "1.00",
        landedProjects: null,
        fortune500Projects: null,
        newAboveScale: null,
      }),
      "CONFLICT",
    );
    const updated = await admin.cockpit.saveTarget({
      year: 2027,
      unitId: scenic,
      version: 1,
      signedAmount: "90000.00",
      landedProjects: 3,
      fortune500Projects: null,
      newAboveScale: 4,
    });
    expect(updated).toMatchObject({ version: 2, signedAmount: "90000.00" });
    await expectTrpcError(
      admin.cockpit.saveTarget({
        year: 2027,
        unitId: scenic,
        version: 1,
        signedAmount: "1.00",
        landedProjects: null,
        fortune500Projects: null,
        newAboveScale: null,
      }),
      "CONFLICT",
    );
    await expectTrpcError(
      admin.cockpit.saveTarget({
        year: 2027,
        unitId: await unitId(db(), "edu"),
        version: null,
        signedAmount: "1.00",
        landedProjects: null,
        fortune500Projects: null,
        newAboveScale: null,
      }),
      "BAD_REQUEST",
    );
    const audit = await db()
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.entityId, `2027:${scenic}`));
    expect(audit).toHaveLength(2);
    const zone = await (await as(db(), "zone.scenic")).cockpit.overview({ year: 2027 });
    expect(zone.targets).toMatchObject({ signedAmount: "90000.00", landedProjects: 3 });
    await expectTrpcError(
      (await as(db(), "leader")).cockpit.saveTarget({
        year: 2027,
        unitId: scenic,
        version: 2,
        signedAmount: "1.00",
        landedProjects: null,
        fortune500Projects: null,
        newAboveScale: null,
      }),
      "FORBIDDEN",
    );
  });
});
