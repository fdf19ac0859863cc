import { eq, schema, sql } from "@crm/db";
import { describe, expect, it } from "vitest";

import { as, expectTrpcError, useDatabase } from "./helpers";

/** 一月一调度 for the opportunity list: each unit is asked to confirm what it owns past the limit. */
describe("stale carriers and targets at the monthly dispatch", () => {
  const { db } = useDatabase();
  const unit = async (code: string) =>
    (await db().select().from(schema.orgUnits).where(eq(schema.orgUnits.code, code)))[0]!;

  it("lists a unit's own items past the freshness limit, and a confirmation takes one off", async () => {
    const park = await unit("park");
    const [chain] = await db().select().from(schema.chains).limit(1);
    const [carrier] = await db()
      .insert(schema.carriers)
      .values({
        kind: "land",
        code: "FRESH-1",
        name: "久未确认的地块",
        zoneId: park.id,
        ownerUnitId: park.id,
        locationText: "园区",
        verifiedOn: "2026-01-05",
      })
      .returning();
    const [target] = await db()
      .insert(schema.prospects)
      .values({
        name: "久未确认的目标企业",
        nameKey: "久未确认的目标企业",
        nameInitials: "x",
        chainId: chain!.id,
        sizeBand: "medium",
        ownerUnitId: park.id,
        verifiedOn: "2026-02-01",
      })
      .returning();
    const zone = await as(db(), "zone.park");
    const stale = await zone.dispatch.stale({});
    expect(stale.freshnessDays).toBe(90);
    expect(stale.cutoff).toBe("2026-08-27");
    expect(stale.carriers.map((c) => c.code)).toContain("FRESH-1");
    expect(stale.prospects.map((p) => p.name)).toContain("久未确认的目标企业");
    // Every item listed is the unit's, on offer or open, and older than the limit.
    const rows = await db().execute(
      sql`select count(*)::int as n from carrier where owner_unit_id = ${park.id} and state <> 'taken' and verified_on < ${stale.cutoff}::date`,
    );
    const n = Number((Array.isArray(rows) ? rows : (rows as { rows: { n: number }[] }).rows)[0]!.n);
    expect(stale.carriers).toHaveLength(n);

    await zone.carrier.confirm({ id: carrier!.id, version: carrier!.version });
    await zone.prospect.confirm({ id: target!.id, version: target!.version });
    const after = await zone.dispatch.stale({});
    expect(after.carriers.map((c) => c.code)).not.toContain("FRESH-1");
    expect(after.prospects.map((p) => p.name)).not.toContain("久未确认的目标企业");
  });

  it("shows another unit's list to the district-wide roles only", async () => {
    const park = await unit("park");
    await expectTrpcError((await as(db(), "zone.street")).dispatch.stale({ unitId: park.id }), "FORBIDDEN");
    const bureau = await (await as(db(), "bureau.staff")).dispatch.stale({ unitId: park.id });
    expect(bureau.freshnessDays).toBe(90);
    await expectTrpcError((await as(db(), "town.yumu")).dispatch.stale({}), "FORBIDDEN");
  });
});
