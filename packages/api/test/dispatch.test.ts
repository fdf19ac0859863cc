import { eq, schema } from "@crm/db";
import { describe, expect, it } from "vitest";

import { as, expectTrpcError, useDatabase } from "./helpers";

describe("the monthly dispatch (月度调度)", () => {
  const { db } = useDatabase();
  const unit = async (code: string) =>
    (await db().select().from(schema.orgUnits).where(eq(schema.orgUnits.code, code)))[0]!;

  it("lists a unit's open projects with this month's updates, and the bureau's overview adds up", async () => {
    const park = await unit("park");
    const list = await (await as(db(), "zone.park")).dispatch.unit({ month: "2026-11" });
    expect(list.length).toBeGreaterThan(10);
    expect(
      list.every((p) =>
        ["planned", "reserve", "negotiating", "signed", "registered", "under_construction", "in_production"].includes(
          p.stage,
        ),
      ),
    ).toBe(true);
    const overview = await (await as(db(), "bureau.staff")).dispatch.overview({ month: "2026-11" });
    const row = overview.find((u) => u.unitId === park.id)!;
    expect(row.updated.length + row.notUpdated.length).toBe(list.length);
    expect(row.updated.length).toBe(list.filter((p) => p.update).length);
    expect(row.notUpdated.length).toBeGreaterThan(0);
  });

  it("posts an update once, corrects it with its version, and refuses a stale copy", async () => {
    const zone = await as(db(), "zone.park");
    const target = (await zone.dispatch.unit({ month: "2026-11" })).find((p) => !p.update)!;
    const posted = await zone.dispatch.save({
      projectId: target.id,
      month: "2026-11",
      progress: "完成环评公示",
      nextPlan: "报送施工许可",
    });
    await expectTrpcError(
      zone.dispatch.save({ projectId: target.id, month: "2026-11", progress: "重复提交" }),
      "CONFLICT",
    );
    const fixed = await zone.dispatch.save({
      projectId: target.id,
      month: "2026-11",
      progress: "完成环评公示及专家评审",
      version: posted.version,
    });
    expect(fixed.version).toBe(posted.version + 1);
    await expectTrpcError(
      zone.dispatch.save({ projectId: target.id, month: "2026-11", progress: "旧版本", version: posted.version }),
      "CONFLICT",
    );
    const after = (await zone.dispatch.unit({ month: "2026-11" })).find((p) => p.id === target.id)!;
    expect(after.update?.progress).toBe("完成环评公示及专家评审");
  });

  it("keeps other units, leaders and towns out", async () => {
    const park = await unit("park");
    const zone = await as(db(), "zone.park");
    const target = (await zone.dispatch.unit({ month: "2026-11" }))[0]!;
    await expectTrpcError(
      (await as(db(), "zone.street")).dispatch.save({ projectId: target.id, month: "2026-11", progress: "越权" }),
      "NOT_FOUND",
    );
    await expectTrpcError(
      (await as(db(), "zone.street")).dispatch.unit({ month: "2026-11", unitId: park.id }),
      "FORBIDDEN",
    );
    await expectTrpcError(
      (await as(db(), "leader")).dispatch.save({ projectId: target.id, month: "2026-11", progress: "领导" }),
      "FORBIDDEN",
    );
    await expectTrpcError((await as(db(), "zone.park")).dispatch.overview({ month: "2026-11" }), "FORBIDDEN");
    await expectTrpcError(zone.dispatch.unit({ month: "2026-13" }), "BAD_REQUEST");
  });
});
