import { authenticate } from "@crm/auth";
import { and, eq, schema } from "@crm/db";
import { describe, expect, it } from "vitest";

import { sweepService } from "../src";
import { as, expectTrpcError, sessionUserOf, TODAY, useDatabase } from "./helpers";

const day = (iso: string) => new Date(`${iso}T02:00:00Z`);

describe("approvals, the department queue, escalation and after-care", () => {
  const { db } = useDatabase();
  const unit = async (code: string) =>
    (await db().select().from(schema.orgUnits).where(eq(schema.orgUnits.code, code)))[0]!;
  const project = async (name: string) =>
    (await db().select().from(schema.projects).where(eq(schema.projects.name, name)))[0]!;
  const notices = async (username: string, kind: string) => {
    const u = await sessionUserOf(db(), username);
    return db()
      .select()
      .from(schema.notifications)
      .where(and(eq(schema.notifications.userId, u.id), eq(schema.notifications.kind, kind)));
  };

  it("gives a department only its own items, overdue first", async () => {
    const edu = await unit("edu");
    const land = await unit("land");
    const eduQueue = await (await as(db(), "dept.edu")).approval.queue({ status: "open" });
    expect(eduQueue.length).toBeGreaterThan(0);
    expect(eduQueue.every((a) => a.departmentId === edu.id)).toBe(true);
    expect(eduQueue.map((a) => a.item)).toContain("办学许可");
    const landQueue = await (await as(db(), "dept.land")).approval.queue({ status: "open" });
    expect(landQueue.every((a) => a.departmentId === land.id)).toBe(true);
    // 工程规划许可 of 众驰 was submitted 2026-10-20 with 20 working days: due 11-17, overdue today.
    expect(landQueue[0]).toMatchObject({ item: "工程规划许可", dueOn: "2026-11-17", overdue: true });
    const overdueOnly = await (await as(db(), "dept.land")).approval.queue({ status: "overdue" });
    expect(overdueOnly.every((a) => a.overdue)).toBe(true);
    // The bureau sees every department's.
    const all = await (await as(db(), "bureau.staff")).approval.queue({ status: "open" });
    expect(new Set(all.map((a) => a.departmentId)).size).toBeGreaterThan(2);
  });

  it("lets a department move its items forward with dates, and tells the contact and the bureau of a blocker", async () => {
    const edu = await as(db(), "dept.edu");
    const land = await as(db(), "dept.land");
    const lelin = await project("乐麟幼儿园（中美合资）");
    const [fire] = await db()
      .select()
      .from(schema.approvals)
      .where(and(eq(schema.approvals.projectId, lelin.id), eq(schema.approvals.item, "办学许可")));
    await expectTrpcError(
      land.approval.update({ id: fire!.id, version: fire!.version, status: "approved" }),
      "NOT_FOUND",
    );
    await expectTrpcError(
      edu.approval.update({ id: fire!.id, version: fire!.version, status: "preparing" }),
      "BAD_REQUEST",
    );
    const blocked = await edu.approval.update({
      id: fire!.id,
      version: fire!.version,
      status: "in_review",
      blocker: "外方资质公证件尚未寄到",
      note: "已受理，等待公证件",
      helped: true,
    });
    expect((await notices("zone.area", "approval.blocked")).length).toBeGreaterThan(0);
    expect((await notices("bureau.lead", "approval.blocked")).length).toBeGreaterThan(0);
    await expectTrpcError(
      edu.approval.update({ id: fire!.id, version: fire!.version, status: "approved" }),
      "CONFLICT",
    );
    const approved = await edu.approval.update({
      id: fire!.id,
      version: blocked.version,
      status: "approved",
      blocker: null,
    });
    expect(approved.status).toBe("approved");
    const [row] = await db().select().from(schema.approvals).where(eq(schema.approvals.id, fire!.id));
    expect(row).toMatchObject({
      status: "approved",
      decidedOn: "2026-11-25",
      blocker: null,
      note: "已受理，等待公证件",
    });
    // The enterprise sees the department's note and the decision, never the blocker.
    const portal = await (await as(db(), "ent.lelin")).portal.projects();
    const item = portal[0]!.approvals.find((a) => a.item === "办学许可")!;
    expect(item).toMatchObject({ status: "approved", decidedOn: "2026-11-25", note: "已受理，等待公证件" });
    expect(JSON.stringify(portal)).not.toContain("公证件尚未寄到");
  });

  it("adds a template's items to a project once, and submission sets the due date in working days", async () => {
    const staff = await as(db(), "bureau.staff");
    const target = await project("疆漠漠新疆风味餐饮旗舰店");
    const first = await staff.approval.add({ projectId: target.id, projectType: "retail_catering" });
    expect(first.added).toBe(3);
    expect((await staff.approval.add({ projectId: target.id, projectType: "retail_catering" })).added).toBe(0);
    const items = await staff.approval.forProject({ projectId: target.id });
    const food = items.find((a) => a.item === "食品经营许可")!;
    const submitted = await staff.approval.update({
      id: food.id,
      version: food.version,
      status: "submitted",
      on: "2026-11-20",
    });
    // Friday 11-20 plus 10 working days: Friday 12-04.
    expect(submitted.dueOn).toBe("2026-12-04");
    await expectTrpcError(staff.approval.remove({ id: food.id, version: submitted.version }), "BAD_REQUEST");
    const license = items.find((a) => a.item === "营业执照")!;
    await staff.approval.remove({ id: license.id, version: license.version });
    expect((await staff.approval.forProject({ projectId: target.id })).map((a) => a.item)).not.toContain("营业执照");
    // A zone cannot touch another zone's project.
    await expectTrpcError(
      (await as(db(), "zone.park")).approval.add({ projectId: target.id, projectType: "retail_catering" }),
      "NOT_FOUND",
    );
  });

  it("announces an overdue approval once, and escalates an unresolved request past its limit once (clock passed in)", async () => {
    const staff = await as(db(), "bureau.staff");
    const lelin = await as(db(), "ent.lelin");
    const drc = await unit("drc");
    const first = await sweepService(db(), TODAY);
    expect(first.approvalsAnnounced).toBeGreaterThan(0);
    expect((await sweepService(db(), TODAY)).approvalsAnnounced).toBe(0);

    const { id } = await lelin.request.create({
      category: "policy",
      title: "幼儿园运营补贴政策咨询",
      description: "想了解民办幼儿园生均补贴的申报条件。",
    });
    const raised = await staff.request.byId({ id });
    const routed = await staff.request.route({ id, version: raised.version, departmentId: drc.id, timeLimitDays: 2 });
    // Wednesday plus two working days is Friday 11-27: still in time that day, late on Monday.
    expect(routed.dueOn).toBe("2026-11-27");
    await sweepService(db(), day("2026-11-27"));
    expect((await staff.request.byId({ id })).escalatedAt).toBeNull();
    const late = await sweepService(db(), day("2026-11-30"));
    expect(late.requestsEscalated).toBe(1);
    expect((await staff.request.byId({ id })).escalatedAt).not.toBeNull();
    expect((await notices("bureau.lead", "request.escalated")).some((n) => n.link === `/requests/${id}`)).toBe(true);
    expect((await sweepService(db(), day("2026-12-01"))).requestsEscalated).toBe(0);
    expect((await staff.request.list({ status: "escalated" })).map((r) => r.id)).toContain(id);
    // The enterprise never sees the escalation.
    expect((await lelin.portal.request({ id })).entries.map((e) => e.kind)).not.toContain("escalate");
  });

  it("lists projects in after-care with visits due and risks, in the caller's scope", async () => {
    const bureau = await (await as(db(), "bureau.staff")).aftercare.list({ atRisk: true });
    expect(bureau.map((p) => p.name).sort()).toEqual(["希尔顿惠庭酒店", "疆漠漠新疆风味餐饮旗舰店"].sort());
    const park = await (await as(db(), "zone.park")).aftercare.list({ atRisk: false });
    const parkUnit = await unit("park");
    expect(park.length).toBeGreaterThan(0);
    const parkIds = new Set(
      (
        await db()
          .select({ id: schema.projects.id })
          .from(schema.projects)
          .where(eq(schema.projects.zoneId, parkUnit.id))
      ).map((p) => p.id),
    );
    expect(park.every((p) => parkIds.has(p.id) || p.responsibleUnitId === parkUnit.id)).toBe(true);
    expect(park.map((p) => p.name)).not.toContain("希尔顿惠庭酒店");

    const commerce = await as(db(), "zone.commerce");
    const hilton = await project("希尔顿惠庭酒店");
    await expectTrpcError(
      (await as(db(), "zone.park")).aftercare.update({
        projectId: hilton.id,
        version: hilton.version,
        visitEveryMonths: 3,
        risk: null,
      }),
      "NOT_FOUND",
    );
    const cleared = await commerce.aftercare.update({
      projectId: hilton.id,
      version: hilton.version,
      visitEveryMonths: 2,
      risk: null,
    });
    expect(cleared.riskKind).toBeNull();
    await expectTrpcError(
      commerce.aftercare.update({ projectId: hilton.id, version: hilton.version, visitEveryMonths: 2, risk: null }),
      "CONFLICT",
    );
    expect((await commerce.aftercare.list({ atRisk: true })).map((p) => p.name)).not.toContain("希尔顿惠庭酒店");
  });

  it("lets the system administrator keep the dictionary and the templates, versioned", async () => {
    const admin = await as(db(), "sysadmin");
    const { items, templates, departments } = await admin.approval.dictionaryEditor();
    const civil = await unit("civil");
    expect(departments.map((d) => d.id)).toContain(civil.id);
    expect(departments.map((d) => d.id)).not.toContain((await unit("park")).id);
    await expectTrpcError((await as(db(), "zone.park")).approval.dictionaryEditor(), "FORBIDDEN");
    const added = await admin.approval.saveItem({
      name: "测试·托育机构备案",
      departmentId: civil.id,
      timeLimitDays: 7,
      active: true,
    });
    await expectTrpcError(
      admin.approval.saveItem({ name: "测试·托育机构备案", departmentId: civil.id, timeLimitDays: 7, active: true }),
      "BAD_REQUEST",
    );
    await expectTrpcError(
      admin.approval.saveItem({
        name: "测试·部门不对",
        departmentId: (await unit("park")).id,
        timeLimitDays: 7,
        active: true,
      }),
      "BAD_REQUEST",
    );
    const kindergarten = templates.find((t) => t.projectType === "kindergarten")!;
    const saved = await admin.approval.saveTemplate({
      projectType: "kindergarten",
      itemIds: [...kindergarten.itemIds, added.id],
      version: kindergarten.version,
    });
    expect(saved.itemIds).toContain(added.id);
    await expectTrpcError(
      admin.approval.saveTemplate({
        projectType: "kindergarten",
        itemIds: kindergarten.itemIds,
        version: kindergarten.version,
      }),
      "CONFLICT",
    );
    // Retired, it is no longer offered and a template cannot take it.
    await admin.approval.saveItem({
      id: added.id,
      version: added.version,
      name: "测试·托育机构备案",
      departmentId: civil.id,
      timeLimitDays: 7,
      active: false,
    });
    await expectTrpcError(
      admin.approval.saveTemplate({ projectType: "kindergarten", itemIds: [added.id], version: saved.version }),
      "BAD_REQUEST",
    );
    await admin.approval.saveTemplate({
      projectType: "kindergarten",
      itemIds: kindergarten.itemIds,
      version: saved.version,
    });
    expect((await admin.approval.dictionaryEditor()).items.length).toBe(items.length + 1);
    await expectTrpcError(
      (await as(db(), "bureau.staff")).approval.saveItem({
        name: "测试·越权",
        departmentId: civil.id,
        timeLimitDays: 7,
        active: true,
      }),
      "FORBIDDEN",
    );
  });

  it("lets staff create an enterprise account whose first sign-in must change the password", async () => {
    const staff = await as(db(), "bureau.staff");
    const lelin = await project("乐麟幼儿园（中美合资）");
    const created = await staff.enterprise.createAccount({
      enterpriseId: lelin.enterpriseId,
      username: "ent.lelin2",
      displayName: "乐麟财务",
      mobile: "13907340099",
    });
    expect(created.temporaryPassword).toMatch(/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d).{12}$/);
    await expectTrpcError(
      staff.enterprise.createAccount({ enterpriseId: lelin.enterpriseId, username: "ent.lelin2", displayName: "重复" }),
      "BAD_REQUEST",
    );
    const signedIn = await authenticate(
      db(),
      { login: "ent.lelin2", password: created.temporaryPassword },
      "127.0.0.1",
    );
    expect(signedIn.ok).toBe(true);
    expect((await sessionUserOf(db(), "ent.lelin2")).mustChangePassword).toBe(true);
    const page = await staff.enterprise.byId({ id: lelin.enterpriseId });
    expect(page.accounts.map((a) => a.username)).toContain("ent.lelin2");
    // A zone sees an enterprise only through its projects.
    await expectTrpcError((await as(db(), "zone.park")).enterprise.byId({ id: lelin.enterpriseId }), "NOT_FOUND");
  });
});
