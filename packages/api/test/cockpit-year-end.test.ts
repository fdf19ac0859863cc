import { eq, schema, sql, type DbHandle } from "@crm/db";
import { seedDemo } from "@crm/db/seed";
import { openMigrated } from "@crm/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { openYearStages } from "../src/jobs/year-stages";
import { listedFor } from "./cockpit-drill";
import { as } from "./helpers";

describe("the year-end rollup (PGlite, a database of its own)", () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await openMigrated("pglite");
    await seedDemo(handle.db, { passwordHash: "unused" });
  });
  afterAll(async () => handle?.close());

  it("follows a backdated move at once, and opens a new year from the last", async () => {
    const db = handle.db;
    const leader = await as(db, "leader");
    const before = await leader.cockpit.overview({ year: 2024 });
    const reserve = (c: typeof before) => c.funnel.find((f) => f.stage === "reserve")!.value;
    const negotiating = (c: typeof before) => c.funnel.find((f) => f.stage === "negotiating")!.value;
    // A project in reserve at 2024's end turns out to have gone into talks in December.
    const [row] = await db
      .select({ projectId: schema.projectYearStages.projectId })
      .from(schema.projectYearStages)
      .where(sql`${schema.projectYearStages.year} = 2024 and ${schema.projectYearStages.stage} = 'reserve'`)
      .limit(1);
    await db.insert(schema.stageEvents).values({
      projectId: row!.projectId,
      fromStage: "reserve",
      toStage: "negotiating",
      occurredOn: "2024-12-20",
      note: "补录",
    });
    const after = await leader.cockpit.overview({ year: 2024 });
    expect(reserve(after)).toBe(reserve(before) - 1);
    expect(negotiating(after)).toBe(negotiating(before) + 1);
    const drill = after.funnel.find((f) => f.stage === "negotiating")!.drill;
    expect((await listedFor(leader, drill)).count).toBe(negotiating(after));

    // 到位资金 from its rollup: a new posting, a project moved to another chain, a posting removed.
    const nov = (c: typeof before) => c.fundsByMonth.find((m) => m.month === "2026-11")!;
    const [target] = await db
      .select({ id: schema.projects.id, chainId: schema.projects.chainId })
      .from(schema.projects)
      .where(eq(schema.projects.stage, "operating"))
      .limit(1);
    const [otherChain] = await db
      .select({ id: schema.chains.id })
      .from(schema.chains)
      .where(sql`${schema.chains.id} is distinct from ${target!.chainId}`)
      .limit(1);
    const novBefore = nov(await leader.cockpit.overview({ year: 2026 }));
    const [posting] = await db
      .insert(schema.fundPostings)
      .values({ projectId: target!.id, month: "2026-11-01", amount: "123.45" })
      .returning();
    const novAfter = nov(await leader.cockpit.overview({ year: 2026 }));
    expect(novAfter.value).toBe(novBefore.value + 1);
    expect(Number(novAfter.amountWan)).toBeCloseTo(Number(novBefore.amountWan) + 123.45, 2);
    expect((await listedFor(leader, novAfter.drill)).amountWan).toBe(novAfter.amountWan);
    await db.update(schema.projects).set({ chainId: otherChain!.id }).where(eq(schema.projects.id, target!.id));
    const inChain = nov(await leader.cockpit.overview({ year: 2026, chainId: otherChain!.id }));
    expect(await listedFor(leader, inChain.drill)).toEqual({ count: inChain.value, amountWan: inChain.amountWan });
    expect(inChain.value).toBeGreaterThan(0);
    // The year-end rollup follows the project to its new chain too.
    const pastInChain = await leader.cockpit.overview({ year: 2024, chainId: otherChain!.id });
    for (const f of pastInChain.funnel) expect((await listedFor(leader, f.drill)).count, f.stage).toBe(f.value);
    await db.delete(schema.fundPostings).where(eq(schema.fundPostings.id, posting!.id));
    expect(nov(await leader.cockpit.overview({ year: 2026 }))).toEqual(novBefore);

    const projects = (
      await db
        .select({ n: sql<number>`count(*)::int` })
        .from(schema.projectYearStages)
        .where(eq(schema.projectYearStages.year, 2026))
    )[0]!.n;
    expect(await openYearStages(db, new Date("2027-01-01T01:00:00Z"))).toEqual({ opened: projects });
    expect(await openYearStages(db, new Date("2027-01-02T01:00:00Z"))).toEqual({ opened: 0 });
  });
});
