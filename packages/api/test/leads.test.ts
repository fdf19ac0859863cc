import { eq, schema } from "@crm/db";
import { describe, expect, it } from "vitest";

import { as, expectTrpcError, useDatabase } from "./helpers";

describe("leads", () => {
  const { db } = useDatabase();
  const unit = async (code: string) =>
    (await db().select().from(schema.orgUnits).where(eq(schema.orgUnits.code, code)))[0]!;
  const lead = async (id: string) => (await db().select().from(schema.leads).where(eq(schema.leads.id, id)))[0]!;

  it("shows a town only the leads it reported, with what became of them", async () => {
    const yumu = await unit("yumu");
    const { items } = await (await as(db(), "town.yumu")).lead.list({ limit: 200 });
    expect(items.length).toBeGreaterThan(0);
    for (const l of items) {
      const reporters = await db().select().from(schema.leadReporters).where(eq(schema.leadReporters.leadId, l.id));
      expect(reporters.map((r) => r.unitId)).toContain(yumu.id);
    }
    expect(items.some((l) => l.status === "converted" && l.projectId)).toBe(true);
  });

  it("keeps leaders' eyes on every lead and enterprises out", async () => {
    const all = await db().select().from(schema.leads);
    const { items } = await (await as(db(), "leader")).lead.list({ limit: 200 });
    expect(items.length).toBe(all.filter((l) => l.status !== "merged").length);
    await expectTrpcError((await as(db(), "ent.lelin")).lead.list({}), "FORBIDDEN");
  });

  it("flags a duplicate while typing and on save, and credits the second reporter when merged", async () => {
    const town = await as(db(), "town.yumu");
    const dept = await as(db(), "dept.land");
    const first = await town.lead.create({
      enterpriseName: "衡阳测试重复企业有限公司",
      source: "town",
      reportedOn: "2026-11-20",
    });
    expect(first.status).toBe("created");
    const typing = await dept.lead.duplicates({ enterpriseName: "衡阳 测试重复企业（衡阳）有限责任公司" });
    expect(typing.leads.map((l) => l.reportingUnit)).toEqual(["雨母山镇"]);
    const saved = await dept.lead.create({
      enterpriseName: "衡阳测试重复企业有限责任公司",
      source: "department",
      reportedOn: "2026-11-21",
    });
    expect(saved.status).toBe("duplicates");
    const id = (first as { id: string }).id;
    const merged = await dept.lead.create({
      enterpriseName: "衡阳测试重复企业有限责任公司",
      source: "department",
      reportedOn: "2026-11-21",
      mergeIntoId: id,
    });
    expect(merged).toEqual({ status: "merged", id });
    const reporters = await db().select().from(schema.leadReporters).where(eq(schema.leadReporters.leadId, id));
    expect(reporters).toHaveLength(2);
    // The department now sees the lead it also reported.
    expect((await dept.lead.byId({ id })).reporters.map((r) => r.unit).sort()).toEqual(
      ["自然资源局", "雨母山镇"].sort(),
    );
  });

  it("lets the bureau assign, refuses anyone else, and refuses a stale copy", async () => {
    const town = await as(db(), "town.yumu");
    const created = (await town.lead.create({
      enterpriseName: "衡阳指派测试有限公司",
      source: "town",
      reportedOn: "2026-11-20",
      acknowledgeDuplicates: true,
    })) as { id: string };
    const park = await unit("park");
    await expectTrpcError(
      (await as(db(), "zone.park")).lead.assign({
        id: created.id,
        version: 1,
        assigneeUnitId: park.id,
        dueOn: "2026-12-31",
      }),
      "FORBIDDEN",
    );
    const staff = await as(db(), "bureau.staff");
    const done = await staff.lead.assign({ id: created.id, version: 1, assigneeUnitId: park.id, dueOn: "2026-12-31" });
    expect(done.version).toBe(2);
    await expectTrpcError(
      staff.lead.assign({ id: created.id, version: 1, assigneeUnitId: park.id, dueOn: "2027-01-31" }),
      "CONFLICT",
    );
    expect((await lead(created.id)).dueOn).toBe("2026-12-31");
  });

  it("lets the assignee convert a lead into a project, carrying its fields, and no other zone", async () => {
    const park = await unit("park");
    const town = await as(db(), "town.yumu");
    const created = (await town.lead.create({
      enterpriseName: "衡阳转化测试钢管有限公司",
      source: "town",
      reportedOn: "2026-11-20",
      intendedAmount: "8000",
      notes: "拟在园区租用标准厂房两栋，年产无缝钢管5万吨",
      contactName: "何经理",
      contactPhone: "13900001111",
      acknowledgeDuplicates: true,
    })) as { id: string };
    await (
      await as(db(), "bureau.staff")
    ).lead.assign({ id: created.id, version: 1, assigneeUnitId: park.id, dueOn: "2026-12-31" });
    const input = {
      id: created.id,
      version: 2,
      projectName: "转化测试钢管项目",
      zoneId: park.id,
      stage: "negotiating" as const,
      on: "2026-11-24",
    };
    await expectTrpcError((await as(db(), "zone.street")).lead.convert(input), "NOT_FOUND");
    const { projectId } = await (await as(db(), "zone.park")).lead.convert(input);
    const [project] = await db().select().from(schema.projects).where(eq(schema.projects.id, projectId));
    expect(project).toMatchObject({
      name: "转化测试钢管项目",
      stage: "negotiating",
      plannedAmount: "8000.00",
      zoneId: park.id,
    });
    expect(await lead(created.id)).toMatchObject({ status: "converted", projectId });
    // The lead's notes open the project's record; its contact becomes the enterprise's; each links to the other.
    const [enterprise] = await db()
      .select()
      .from(schema.enterprises)
      .where(eq(schema.enterprises.id, project!.enterpriseId));
    expect(enterprise).toMatchObject({ contactName: "何经理", contactPhone: "13900001111" });
    const timeline = await (await as(db(), "zone.park")).project.timeline({ id: projectId });
    expect(timeline).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "followUp", summary: "拟在园区租用标准厂房两栋，年产无缝钢管5万吨" }),
      ]),
    );
    const work = await (await as(db(), "zone.park")).project.work({ id: projectId });
    expect(work.lead).toMatchObject({ id: created.id, reportedOn: "2026-11-20" });
    // The town sees what became of its lead.
    expect((await town.lead.byId({ id: created.id })).project?.name).toBe("转化测试钢管项目");
  });

  it("drops a lead only with a reason", async () => {
    const town = await as(db(), "town.yumu");
    const created = (await town.lead.create({
      enterpriseName: "衡阳放弃测试有限公司",
      source: "town",
      reportedOn: "2026-11-20",
      acknowledgeDuplicates: true,
    })) as { id: string };
    const staff = await as(db(), "bureau.staff");
    await expectTrpcError(staff.lead.drop({ id: created.id, version: 1, reason: "" }), "BAD_REQUEST");
    await expectTrpcError(town.lead.drop({ id: created.id, version: 1, reason: "企业无意向" }), "FORBIDDEN");
    await staff.lead.drop({ id: created.id, version: 1, reason: "企业无意向" });
    expect(await lead(created.id)).toMatchObject({ status: "dropped", dropReason: "企业无意向" });
  });
});
