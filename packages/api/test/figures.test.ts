import { createDb, type Database, type DbHandle } from "@crm/db";
import { seedDemo } from "@crm/db/seed";
import { openMigrated } from "@crm/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { as } from "./helpers";

/** DOMAIN §4: the district's 2024, computed from projects and their stage history. */
describe.each(["postgres", "pglite"] as const)("the 2024 figures on %s", (kind) => {
  let handle: DbHandle;
  let db: Database;
  beforeAll(async () => {
    if (kind === "postgres") {
      handle = await createDb({ url: inject("databaseUrl"), max: 2 });
    } else {
      handle = await openMigrated("pglite");
      await seedDemo(handle.db, { passwordHash: "unused" });
    }
    db = handle.db;
  });
  afterAll(async () => handle?.close());

  it("26 projects signed for 64亿元, one of them 500强; 107 in reserve at the year's end; 35 new 四上", async () => {
    const figures = await (await as(db, "leader")).stats.year({ year: 2024 });
    expect(figures.asOf).toBe("2024-12-31");
    expect(figures.signed).toEqual({ count: 26, amountWan: "640000.00", fortune500: 1 });
    expect(figures.stages.reserve).toBe(107);
    expect(figures.stages.negotiating).toBe(22);
    expect(figures.stages.planned).toBe(16);
    expect(figures.newAboveScale).toBe(35);
  });

  it("counts a zone's figures within the zone only", async () => {
    const district = await (await as(db, "leader")).stats.year({ year: 2024 });
    const park = await (await as(db, "zone.park")).stats.year({ year: 2024 });
    expect(park.signed.count).toBeGreaterThan(0);
    expect(park.signed.count).toBeLessThan(district.signed.count);
  });
});
