import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { and, count, eq, gte, inArray, lte, migrationStatus, schema, type DbHandle } from "../src";
import { DEMO_ACCOUNTS, LEADS_FROM_UNITS_2024, seedDemoIfEmpty, UNITS } from "../src/seed";
import { createTestDatabase, openMigrated, type TestDatabase } from "../src/testing";

describe.each(["postgres", "pglite"] as const)("on %s", (kind) => {
  let handle: DbHandle;
  let testDb: TestDatabase | undefined;

  beforeAll(async () => {
    testDb = kind === "postgres" ? await createTestDatabase("crm_dbtest") : undefined;
    handle = await openMigrated(kind, testDb?.url);
  });
  afterAll(async () => {
    await handle?.close();
    await testDb?.drop();
  });

  it("applies every checked-in migration to an empty database", async () => {
    const status = await migrationStatus(handle.db);
    expect(status.expected).toBeGreaterThan(0);
    expect(status.applied).toBe(status.expected);
    expect(handle.kind).toBe(kind);
  });

  it("loads the demo data once, and only into an empty database", async () => {
    expect(await seedDemoIfEmpty(handle.db, { passwordHash: "not-a-real-hash" })).toBe(true);
    expect(await seedDemoIfEmpty(handle.db, { passwordHash: "not-a-real-hash" })).toBe(false);
    const [units] = await handle.db.select({ n: count() }).from(schema.orgUnits);
    expect(units!.n).toBe(UNITS.length);
    const [zones] = await handle.db
      .select({ n: count() })
      .from(schema.orgUnits)
      .where(eq(schema.orgUnits.kind, "zone"));
    expect(zones!.n).toBe(5);
    const accounts = await handle.db.select({ username: schema.users.username }).from(schema.users);
    expect(accounts.map((a) => a.username)).toEqual(expect.arrayContaining(DEMO_ACCOUNTS.map((a) => a.username)));
  });

  it("holds 2024's 57 leads from departments and towns, and a merged lead that credits both reporters", async () => {
    const rows = await handle.db
      .select({ n: count() })
      .from(schema.leads)
      .innerJoin(schema.orgUnits, eq(schema.orgUnits.id, schema.leads.reportingUnitId))
      .where(
        and(
          inArray(schema.orgUnits.kind, ["department", "town"]),
          gte(schema.leads.reportedOn, "2024-01-01"),
          lte(schema.leads.reportedOn, "2024-12-31"),
        ),
      );
    expect(rows[0]!.n).toBe(LEADS_FROM_UNITS_2024);
    const reporters = await handle.db
      .select({ leadId: schema.leadReporters.leadId, n: count() })
      .from(schema.leadReporters)
      .groupBy(schema.leadReporters.leadId);
    expect(reporters.filter((r) => r.n === 2)).toHaveLength(1);
  });

  it("keeps no stage event dated after the demo's today, and every project's stage is its last event's", async () => {
    const events = await handle.db.select().from(schema.stageEvents);
    const projects = await handle.db
      .select({ id: schema.projects.id, stage: schema.projects.stage })
      .from(schema.projects);
    expect(events.every((e) => e.occurredOn <= "2026-11-24")).toBe(true);
    for (const p of projects) {
      const mine = events.filter((e) => e.projectId === p.id).sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
      expect(mine.at(-1)?.toStage, p.id).toBe(p.stage);
    }
  });
});
