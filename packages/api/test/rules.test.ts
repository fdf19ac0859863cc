import { and, eq, inArray, schema } from "@crm/db";
import { APPROVAL_WITH_DEPARTMENT, can, ROLES, type Role } from "@crm/domain";
import { describe, expect, it, onTestFinished } from "vitest";

import { mayHandleLead } from "../src/scope/leads";
import {
  decidesApprovals,
  DISTRICT_WIDE_ROLES,
  isBureau,
  isDistrictWide,
  isLeader,
  isZoneBound,
  LEADER_ROLES,
  mayBeServiceContact,
  ZONE_ROLES,
} from "../src/scope/roles";
import { mayReviewTask, mayWorkTask } from "../src/scope/tasks";
import { mayDispatchFor, mayOpenProjectInZone, mayReadDispatchOf, mayReportLeadFor } from "../src/scope/units";
import { as, expectTrpcError, sessionUserOf, useDatabase } from "./helpers";

/** The named rules of scope/ (one home for each rule), each with a caller it lets in and one it keeps out. */
describe("the named rules beside the row scopes", () => {
  const { db } = useDatabase();
  const unit = async (code: string) =>
    (await db().select().from(schema.orgUnits).where(eq(schema.orgUnits.code, code)))[0]!;
  const user = (username: string) => sessionUserOf(db(), username);
  const project = async (name: string) =>
    (await db().select().from(schema.projects).where(eq(schema.projects.name, name)))[0]!;
  const request = async (title: string) =>
    (await db().select().from(schema.serviceRequests).where(eq(schema.serviceRequests.title, title)))[0]!;

  it("isDistrictWide: leaders and the bureau see the district; a zone does not, nor do its project filters offer zones", async () => {
    expect(isDistrictWide(await user("leader"))).toBe(true);
    expect(isDistrictWide(await user("bureau.staff"))).toBe(true);
    expect(isDistrictWide(await user("zone.park"))).toBe(false);
    expect(isDistrictWide(await user("dept.edu"))).toBe(false);
    expect((await (await as(db(), "leader")).project.filterOptions()).zones).toHaveLength(5);
    expect((await (await as(db(), "zone.park")).project.filterOptions()).zones).toEqual([]);
    expect((await (await as(db(), "dept.edu")).project.filterOptions()).zones).toEqual([]);
    expect((await (await as(db(), "leader")).home.summary()).districtWide).toBe(true);
    expect((await (await as(db(), "zone.park")).home.summary()).districtWide).toBe(false);
  });

  it("the dispatch overview of every unit is held only by district-wide roles (the dispatch page relies on it)", () => {
    const holders = ROLES.filter((r) => can(r, "dispatch.overview"));
    expect(holders.length).toBeGreaterThan(0);
    for (const r of holders) expect(DISTRICT_WIDE_ROLES, r).toContain(r);
  });

  it("isBureau: the bureau, not its administrators, the leaders or a zone", async () => {
    expect(isBureau(await user("bureau.lead"))).toBe(true);
    for (const admin of ["sysadmin", "secadmin", "auditor"]) expect(isBureau(await user(admin)), admin).toBe(false);
    expect(isBureau(await user("leader"))).toBe(false);
    expect(isBureau(await user("zone.park"))).toBe(false);
  });

  it("isZoneBound: a zone task force is held to its zone's cockpit; a department and a leader are not", async () => {
    expect(isZoneBound(await user("zone.park"))).toBe(true);
    expect(isZoneBound(await user("dept.edu"))).toBe(false);
    expect(isZoneBound(await user("leader"))).toBe(false);
    const [park, street] = [await unit("park"), await unit("street")];
    expect(await (await as(db(), "zone.park")).cockpit.overview({ year: 2024 })).toMatchObject({
      zoneId: park.id,
      zoneLocked: true,
    });
    await expectTrpcError(
      (await as(db(), "zone.park")).cockpit.overview({ year: 2024, zoneId: street.id }),
      "FORBIDDEN",
    );
    expect(await (await as(db(), "leader")).cockpit.overview({ year: 2024, zoneId: street.id })).toMatchObject({
      zoneId: street.id,
      zoneLocked: false,
    });
  });

  it("decidesApprovals: a department's to-do holds the approval items it holds (with it, not yet decided); a zone's none", async () => {
    expect(decidesApprovals(await user("dept.edu"))).toBe(true);
    expect(decidesApprovals(await user("zone.park"))).toBe(false);
    const edu = await unit("edu");
    // One item of this test's own held by 教育局 (removed at the end), so that other files deciding
    // the demo's meanwhile cannot leave it nothing to hold.
    const zhongding = await project("中鼎石油钻采专用管项目");
    const [own] = await db()
      .insert(schema.approvals)
      .values({
        projectId: zhongding.id,
        item: "规则测试·办学许可复核",
        departmentId: edu.id,
        status: "in_review",
        submittedOn: "2026-11-20",
      })
      .returning();
    onTestFinished(async () => {
      await db().delete(schema.approvals).where(eq(schema.approvals.id, own!.id));
    });
    const held = async () =>
      (
        await db()
          .select({ id: schema.approvals.id })
          .from(schema.approvals)
          .where(
            and(
              eq(schema.approvals.departmentId, edu.id),
              inArray(schema.approvals.status, [...APPROVAL_WITH_DEPARTMENT]),
            ),
          )
      ).map((h) => h.id);
    // Other test files add and decide approvals meanwhile: the queue holds every item held both
    // before and after it was read, and nothing held at neither time.
    const before = await held();
    const queue = (await (await as(db(), "dept.edu")).todo.list({ kind: "approval" })).items.map((a) => a.id);
    const after = await held();
    expect(before.length).toBeGreaterThan(0);
    expect(queue).toEqual(expect.arrayContaining(before.filter((id) => after.includes(id))));
    expect([...before, ...after]).toEqual(expect.arrayContaining(queue));
    expect((await (await as(db(), "zone.park")).todo.list({ kind: "approval" })).items).toEqual([]);
    expect((await (await as(db(), "bureau.staff")).todo.list({ kind: "approval" })).items).toEqual([]);
  });

  it("mayBeServiceContact and isLeader: who the project page offers as service contact and responsible leader", async () => {
    expect(mayBeServiceContact(await user("zone.park"))).toBe(true);
    expect(mayBeServiceContact(await user("bureau.staff"))).toBe(false);
    expect(isLeader(await user("leader.vice"))).toBe(true);
    expect(isLeader(await user("bureau.lead"))).toBe(false);
    const people = await (await as(db(), "bureau.staff")).org.people();
    const active = async (roles: readonly Role[]) =>
      (
        await db()
          .select()
          .from(schema.users)
          .where(inArray(schema.users.role, [...roles]))
      ).filter((u) => !u.disabled);
    expect(people.serviceContacts.map((p) => p.id).sort()).toEqual((await active(ZONE_ROLES)).map((u) => u.id).sort());
    expect(people.leaders.map((p) => p.id).sort()).toEqual((await active(LEADER_ROLES)).map((u) => u.id).sort());
    expect(people.leaders.length).toBeGreaterThan(0);
    expect(JSON.stringify(people)).not.toContain('"role"');
  });

  it("mayReviewTask and mayWorkTask: the assigner (or the bureau lead) reviews; the assignee's unit works it", async () => {
    const park = await unit("park");
    const jinding = await project("中鼎石油钻采专用管项目");
    const lead = await as(db(), "bureau.lead");
    const zonePark = await as(db(), "zone.park");
    const { id } = await lead.task.create({
      title: "规则测试：核实园区用电容量",
      subject: "project",
      projectId: jinding.id,
      assigneeUnitId: park.id,
      priority: "normal",
    });
    const task = (await db().select().from(schema.tasks).where(eq(schema.tasks.id, id)))[0]!;
    expect(mayReviewTask(await user("bureau.lead"), task)).toBe(true); // the assigner
    expect(mayReviewTask(await user("sysadmin"), task)).toBe(false); // 三员分立: no business
    expect(mayReviewTask(await user("bureau.staff"), task)).toBe(false);
    expect(mayReviewTask(await user("leader"), task)).toBe(false);
    expect(mayReviewTask(await user("zone.park"), task)).toBe(false);
    expect(mayWorkTask(await user("zone.park2"), task)).toBe(true); // the same unit, not the person named
    expect(mayWorkTask(await user("zone.street"), task)).toBe(false);
    expect(mayWorkTask(await user("bureau.lead"), task)).toBe(false);

    // The task's page is told the same: the flags follow the rule and the step.
    expect((await zonePark.task.byId({ id })).canAct).toEqual({ reply: true, review: false, rate: false });
    const replied = await zonePark.task.reply({ id, version: task.version, body: "已联系供电所" });
    await zonePark.task.report({ id, version: replied.version, body: "容量满足" });
    expect((await zonePark.task.byId({ id })).canAct).toEqual({ reply: false, review: false, rate: false });
    expect((await lead.task.byId({ id })).canAct).toEqual({ reply: false, review: true, rate: false });
    await expectTrpcError((await as(db(), "sysadmin")).task.byId({ id }), "FORBIDDEN");
    expect((await (await as(db(), "leader")).task.byId({ id })).canAct.review).toBe(false);
  });

  it("mayHandleLead and mayOpenProjectInZone: the assignee unit or the bureau handles a lead, a zone converts into its own zone", async () => {
    const [park, street] = [await unit("park"), await unit("street")];
    const town = await as(db(), "town.yumu");
    const created = (await town.lead.create({
      enterpriseName: "衡阳规则测试机械有限公司",
      source: "town",
      reportedOn: "2026-11-20",
      acknowledgeDuplicates: true,
    })) as { id: string };
    await (
      await as(db(), "bureau.staff")
    ).lead.assign({ id: created.id, version: 1, assigneeUnitId: park.id, dueOn: "2026-12-31" });
    const row = { assigneeUnitId: park.id };
    expect(mayHandleLead(await user("zone.park"), row)).toBe(true);
    expect(mayHandleLead(await user("bureau.staff"), row)).toBe(true);
    expect(mayHandleLead(await user("zone.street"), row)).toBe(false);
    expect(mayHandleLead(await user("town.yumu"), row)).toBe(false);
    expect(mayOpenProjectInZone(await user("zone.park"), park.id)).toBe(true);
    expect(mayOpenProjectInZone(await user("zone.park"), street.id)).toBe(false);
    expect(mayOpenProjectInZone(await user("bureau.staff"), street.id)).toBe(true);
    expect(mayOpenProjectInZone(await user("dept.edu"), street.id)).toBe(true);

    // The lead's page is told what the caller may do with it, and into which zones it converts.
    const asZone = await (await as(db(), "zone.park")).lead.byId({ id: created.id });
    expect(asZone.can).toEqual({ assign: false, handle: true, convertInto: [{ id: park.id, name: park.shortName }] });
    const asBureau = await (await as(db(), "bureau.staff")).lead.byId({ id: created.id });
    expect(asBureau.can).toMatchObject({ assign: true, handle: true });
    expect(asBureau.can.convertInto).toHaveLength(5);
    expect((await town.lead.byId({ id: created.id })).can).toEqual({ assign: false, handle: false, convertInto: [] });
    // And the server holds to it: the zone cannot convert into another zone.
    await expectTrpcError(
      (await as(db(), "zone.park")).lead.convert({
        id: created.id,
        version: 2,
        projectName: "规则测试机械项目",
        zoneId: street.id,
        stage: "negotiating",
        on: "2026-11-24",
      }),
      "BAD_REQUEST",
    );
  });

  it("mayReportLeadFor: one's own unit; the district-wide roles any unit", async () => {
    const [park, street] = [await unit("park"), await unit("street")];
    expect(mayReportLeadFor(await user("zone.park"), park.id)).toBe(true);
    expect(mayReportLeadFor(await user("zone.park"), street.id)).toBe(false);
    expect(mayReportLeadFor(await user("bureau.staff"), street.id)).toBe(true);
    expect(mayReportLeadFor(await user("town.yumu"), street.id)).toBe(false);
  });

  it("mayReadDispatchOf and mayDispatchFor: a unit its own monthly page; the district reads all, the bureau posts for all", async () => {
    const [park, street] = [await unit("park"), await unit("street")];
    expect(mayReadDispatchOf(await user("zone.park"), park.id)).toBe(true);
    expect(mayReadDispatchOf(await user("zone.park"), street.id)).toBe(false);
    expect(mayReadDispatchOf(await user("leader"), street.id)).toBe(true);
    expect(mayDispatchFor(await user("zone.park"), park.id)).toBe(true);
    expect(mayDispatchFor(await user("zone.park"), street.id)).toBe(false);
    expect(mayDispatchFor(await user("bureau.staff"), street.id)).toBe(true);
    expect(mayDispatchFor(await user("leader"), street.id)).toBe(false);
    await expectTrpcError(
      (await as(db(), "zone.park")).dispatch.unit({ month: "2026-11", unitId: street.id }),
      "FORBIDDEN",
    );
    expect(
      (await (await as(db(), "bureau.staff")).dispatch.unit({ month: "2026-11", unitId: street.id })).length,
    ).toBeGreaterThan(0);
  });

  it("the enterprise scope: an enterprise is seen by whoever sees one of its projects", async () => {
    const jinding = await project("中鼎石油钻采专用管项目");
    expect((await (await as(db(), "zone.park")).enterprise.byId({ id: jinding.enterpriseId })).id).toBe(
      jinding.enterpriseId,
    );
    expect((await (await as(db(), "leader")).enterprise.byId({ id: jinding.enterpriseId })).id).toBe(
      jinding.enterpriseId,
    );
    await expectTrpcError((await as(db(), "zone.street")).enterprise.byId({ id: jinding.enterpriseId }), "NOT_FOUND");
  });

  it("a project's page is told which work the caller gives on it: 交办, 批示 or neither", async () => {
    const jinding = await project("中鼎石油钻采专用管项目");
    expect((await (await as(db(), "bureau.lead")).project.byId({ id: jinding.id })).can.work).toBe("task");
    await expectTrpcError((await as(db(), "sysadmin")).project.byId({ id: jinding.id }), "FORBIDDEN");
    expect((await (await as(db(), "leader")).project.byId({ id: jinding.id })).can.work).toBe("instruction");
    expect((await (await as(db(), "bureau.staff")).project.byId({ id: jinding.id })).can.work).toBeNull();
    expect((await (await as(db(), "zone.park")).project.byId({ id: jinding.id })).can.work).toBeNull();
  });

  it("a request's page is told who routes it and who answers it", async () => {
    const routed = await request("二手车交易市场扶持政策咨询"); // routed to 发改局, about a 街区 project
    const resolved = await request("商场周边停车位不足");
    expect((await (await as(db(), "bureau.staff")).request.byId({ id: routed.id })).can).toEqual({
      route: true,
      respond: true,
    });
    expect((await (await as(db(), "dept.drc")).request.byId({ id: routed.id })).can).toEqual({
      route: false,
      respond: true,
    });
    expect((await (await as(db(), "zone.street")).request.byId({ id: routed.id })).can).toEqual({
      route: false,
      respond: false,
    });
    await expectTrpcError((await as(db(), "dept.edu")).request.byId({ id: routed.id }), "NOT_FOUND");
    expect((await (await as(db(), "bureau.staff")).request.byId({ id: resolved.id })).can).toEqual({
      route: false,
      respond: false,
    });
  });
});
