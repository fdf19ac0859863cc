import { and, eq, schema } from "@crm/db";
import { creditCodeCheckChar } from "@crm/domain";
import { describe, expect, it } from "vitest";

import { as, expectTrpcError, useDatabase } from "./helpers";

describe("changing a project", () => {
  const { db } = useDatabase();
  const fresh = async (name: string) => {
    const park = (await db().select().from(schema.orgUnits).where(eq(schema.orgUnits.code, "park")))[0]!;
    const town = await as(db(), "town.yumu");
    const created = (await town.lead.create({
      enterpriseName: `${name}有限公司`,
      source: "town",
      reportedOn: "2026-11-01",
      acknowledgeDuplicates: true,
    })) as { id: string };
    await (
      await as(db(), "bureau.staff")
    ).lead.assign({ id: created.id, version: 1, assigneeUnitId: park.id, dueOn: "2026-12-31" });
    const { projectId } = await (
      await as(db(), "zone.park")
    ).lead.convert({
      id: created.id,
      version: 2,
      projectName: `${name}项目`,
      zoneId: park.id,
      stage: "negotiating",
      on: "2026-11-02",
    });
    return projectId;
  };
  const row = async (id: string) => (await db().select().from(schema.projects).where(eq(schema.projects.id, id)))[0]!;

  it("edits in place, and refuses a stale copy with CONFLICT, changing nothing", async () => {
    const id = await fresh("编辑测试");
    const park = await as(db(), "zone.park");
    const done = await park.project.update({ id, version: 1, patch: { jobs: 120, plannedAmount: "30000" } });
    expect(done.version).toBe(2);
    await expectTrpcError(park.project.update({ id, version: 1, patch: { jobs: 5 } }), "CONFLICT");
    expect(await row(id)).toMatchObject({ jobs: 120, plannedAmount: "30000.00", version: 2 });
    const audit = await db()
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.entityId, id), eq(schema.auditLog.action, "project.update")));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.before).toEqual({ jobs: null, plannedAmount: null });
  });

  it("dates the signing event by the contract's date, not the day it was entered", async () => {
    const id = await fresh("签约日期测试");
    const park = await as(db(), "zone.park");
    await park.project.moveStage({
      id,
      version: 1,
      to: "signed",
      on: "2026-11-24",
      signedOn: "2026-11-18",
      signedAmount: "5000",
    });
    const [event] = await db()
      .select()
      .from(schema.stageEvents)
      .where(and(eq(schema.stageEvents.projectId, id), eq(schema.stageEvents.toStage, "signed")));
    const [project] = await db().select().from(schema.projects).where(eq(schema.projects.id, id));
    expect([event!.occurredOn, project!.signedOn]).toEqual(["2026-11-18", "2026-11-18"]);
  });

  it("moves through 签约 and 注册 only with what each requires", async () => {
    const id = await fresh("阶段测试");
    const park = await as(db(), "zone.park");
    await expectTrpcError(park.project.moveStage({ id, version: 1, to: "signed", on: "2026-11-20" }), "BAD_REQUEST");
    const signed = await park.project.moveStage({
      id,
      version: 1,
      to: "signed",
      on: "2026-11-20",
      signedOn: "2026-11-20",
      signedAmount: "25000",
    });
    await expectTrpcError(
      park.project.moveStage({ id, version: signed.version, to: "registered", on: "2026-11-22" }),
      "BAD_REQUEST",
    );
    await expectTrpcError(
      park.project.moveStage({
        id,
        version: signed.version,
        to: "registered",
        on: "2026-11-22",
        creditCode: "914403001922038217",
      }),
      "BAD_REQUEST",
    );
    const code = `91430408MA4L5Q2X3`;
    const valid = code + creditCodeCheckChar(code);
    await expectTrpcError(
      park.project.moveStage({ id, version: signed.version, to: "registered", on: "2026-12-30", creditCode: valid }),
      "BAD_REQUEST",
    ); // a future date
    const done = await park.project.moveStage({
      id,
      version: signed.version,
      to: "in_production",
      on: "2026-11-24",
      creditCode: valid,
    });
    expect(done.stage).toBe("in_production");
    const events = await db()
      .select()
      .from(schema.stageEvents)
      .where(eq(schema.stageEvents.projectId, id))
      .orderBy(schema.stageEvents.seq);
    expect(events.map((e) => e.toStage)).toEqual([
      "negotiating",
      "signed",
      "registered",
      "under_construction",
      "in_production",
    ]);
    const project = await row(id);
    expect(project).toMatchObject({
      signedOn: "2026-11-20",
      signedAmount: "25000.00",
      registeredOn: "2026-11-24",
      productionStartedOn: "2026-11-24",
    });
    const [enterprise] = await db()
      .select()
      .from(schema.enterprises)
      .where(eq(schema.enterprises.id, project.enterpriseId));
    expect(enterprise!.creditCode).toBe(valid);
    // Backward needs a note.
    await expectTrpcError(
      park.project.moveStage({ id, version: done.version, to: "signed", on: "2026-11-24" }),
      "BAD_REQUEST",
    );
  });

  it("records a follow-up only for those who work on the project", async () => {
    const id = await fresh("跟进测试");
    const entry = {
      projectId: id,
      kind: "negotiation" as const,
      occurredOn: "2026-11-10",
      people: "企业董事长",
      summary: "第二轮商务谈判，确定用地面积",
      nextStep: "起草投资协议",
    };
    await (await as(db(), "zone.park")).project.addFollowUp(entry);
    await expectTrpcError((await as(db(), "leader")).project.addFollowUp(entry), "FORBIDDEN");
    await expectTrpcError((await as(db(), "zone.street")).project.addFollowUp(entry), "NOT_FOUND");
    const timeline = await (await as(db(), "bureau.lead")).project.timeline({ id });
    expect(timeline.map((e) => e.kind)).toEqual(expect.arrayContaining(["followUp", "stage"]));
  });
});
