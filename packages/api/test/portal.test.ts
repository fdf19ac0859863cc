import { can } from "@crm/domain";
import { and, eq, schema } from "@crm/db";
import { describe, expect, it } from "vitest";

import { appRouter } from "../src";
import { as, expectTrpcError, useDatabase } from "./helpers";

type Proc = { _def: { meta?: { permission?: Parameters<typeof can>[1] } } };
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex").toString("base64");

/** Every key of every object in a JSON value, however deep. */
function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, into));
  else if (value && typeof value === "object" && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysOf(v, into);
    }
  }
  return into;
}

describe("the enterprise portal shows an enterprise its own things and nothing internal", () => {
  const { db } = useDatabase();
  const project = async (name: string) =>
    (await db().select().from(schema.projects).where(eq(schema.projects.name, name)))[0]!;
  const requestTitled = async (title: string) =>
    (await db().select().from(schema.serviceRequests).where(eq(schema.serviceRequests.title, title)))[0]!;

  it("covers every procedure an enterprise user can reach", () => {
    const reachable = Object.entries(appRouter._def.procedures as unknown as Record<string, Proc>)
      .filter(([, p]) => can("enterprise", p._def.meta!.permission!))
      .map(([path]) => path)
      .sort();
    // Each is tested below with another enterprise's ids; a new one must be added here and there.
    // The second factor's calls take no id: each acts on the caller's own account only.
    expect(reachable).toEqual([
      "account.beginSecondFactor",
      "account.changePassword",
      "account.confirmSecondFactor",
      "account.disableSecondFactor",
      "account.me",
      "account.renewRecoveryCodes",
      "account.secondFactor",
      "notification.list",
      "notification.markRead",
      "notification.unread",
      "portal.attachment",
      "portal.profile",
      "portal.projects",
      "portal.request",
      "portal.requests",
      "portal.updateProfile",
      "preference.get",
      "preference.set",
      "request.create",
      "request.rate",
    ]);
  });

  it("refuses another enterprise's ids and returns nothing of it", async () => {
    const lelin = await as(db(), "ent.lelin");
    const jinding = await project("中鼎石油钻采专用管项目");
    const jindingRequest = await requestTitled("二期项目用地指标协调");
    const rongguanRequest = await requestTitled("商场周边停车位不足");

    expect((await lelin.portal.projects()).map((p) => p.name)).toEqual(["乐麟幼儿园（中美合资）"]);
    expect((await lelin.portal.requests()).some((r) => r.id === jindingRequest.id || r.id === rongguanRequest.id)).toBe(
      false,
    );
    await expectTrpcError(lelin.portal.request({ id: jindingRequest.id }), "NOT_FOUND");
    await expectTrpcError(
      lelin.request.rate({ id: rongguanRequest.id, version: rongguanRequest.version, rating: 1 }),
      "NOT_FOUND",
    );

    const before = await db().select({ n: schema.serviceRequests.id }).from(schema.serviceRequests);
    await expectTrpcError(
      lelin.request.create({
        projectId: jinding.id,
        category: "land",
        title: "借别人的项目提诉求",
        description: "不应成功",
      }),
      "NOT_FOUND",
    );
    expect(await db().select({ n: schema.serviceRequests.id }).from(schema.serviceRequests)).toHaveLength(
      before.length,
    );

    // Notifications are one's own: marking another's read does nothing.
    const [staffUser] = await db().select().from(schema.users).where(eq(schema.users.username, "bureau.staff"));
    const [someoneElses] = await db()
      .insert(schema.notifications)
      .values({ userId: staffUser!.id, kind: "request.raised", params: {}, link: "/requests" })
      .returning();
    expect(await lelin.notification.markRead({ ids: [someoneElses!.id] })).toEqual({ updated: 0 });
    expect((await lelin.notification.list()).every((n) => n.userId !== someoneElses!.userId)).toBe(true);

    // The profile is always one's own: there is no id to point elsewhere, and 金鼎's record is untouched.
    const [jindingEnterprise] = await db()
      .select()
      .from(schema.enterprises)
      .where(eq(schema.enterprises.id, jinding.enterpriseId));
    const profile = await lelin.portal.profile();
    expect(profile.name).toBe("衡阳乐麟幼儿园");
    await lelin.portal.updateProfile({
      version: profile.version,
      contactName: "Grace 何",
      contactPhone: "0734-8123456",
    });
    const [after] = await db().select().from(schema.enterprises).where(eq(schema.enterprises.id, jinding.enterpriseId));
    expect(after).toEqual(jindingEnterprise);
    await expectTrpcError(
      lelin.portal.updateProfile({ version: profile.version, contactName: "过期", contactPhone: "13900000000" }),
      "CONFLICT",
    );
    expect((await lelin.account.me()).enterpriseName).toBe("衡阳乐麟幼儿园");
  });

  it("reads a project with only the fields meant for the enterprise", async () => {
    const lelin = await as(db(), "ent.lelin");
    const [p] = await lelin.portal.projects();
    const allowed = new Set([
      "id",
      "name",
      "stage",
      "signedOn",
      "registeredOn",
      "constructionStartedOn",
      "productionStartedOn",
      "operatingSince",
      "serviceContact",
      "mobile",
      "approvals",
      "item",
      "department",
      "status",
      "startedOn",
      "submittedOn",
      "decidedOn",
      "dueOn",
      "note",
    ]);
    const keys = keysOf(p);
    for (const k of keys) expect(allowed, `portal project field ${k}`).toContain(k);
    const json = JSON.stringify(p);
    const row = await project("乐麟幼儿园（中美合资）");
    for (const internal of [row.signedAmount!, row.plannedAmount!, row.investedAmount!, "申报材料为英文", "陈晓明"]) {
      expect(json, internal).not.toContain(internal);
    }
    const followUps = await db().select().from(schema.followUps).where(eq(schema.followUps.projectId, row.id));
    for (const f of followUps) expect(json).not.toContain(f.summary);
    expect(p!.serviceContact).toEqual({ name: "赵磊", mobile: "13807340015" });
  });

  it("runs a request from the enterprise to the department and back, with attachments checked", async () => {
    const lelin = await as(db(), "ent.lelin");
    const staff = await as(db(), "bureau.staff");
    const edu = await as(db(), "dept.edu");
    const land = await as(db(), "dept.land");
    const row = await project("乐麟幼儿园（中美合资）");
    const eduUnit = (await db().select().from(schema.orgUnits).where(eq(schema.orgUnits.code, "edu")))[0]!;

    // A file that says it is a PDF but is not one is refused, and nothing is written.
    await expectTrpcError(
      lelin.request.create({
        projectId: row.id,
        category: "approval",
        title: "材料翻译",
        description: "附件不是PDF",
        attachments: [{ fileName: "a.pdf", contentType: "application/pdf", base64: PNG }],
      }),
      "BAD_REQUEST",
    );
    expect(
      await db().select().from(schema.serviceRequests).where(eq(schema.serviceRequests.title, "材料翻译")),
    ).toHaveLength(0);

    const { id } = await lelin.request.create({
      projectId: row.id,
      category: "approval",
      title: "办学许可材料为英文, 需要协助",
      description: "外方提供的办学资质证明均为英文，请协助确认翻译公证要求。",
      attachments: [{ fileName: "资质证明.png", contentType: "image/png", base64: PNG }],
    });
    const raised = await staff.request.byId({ id });
    expect(raised).toMatchObject({ status: "submitted", enterprise: "衡阳乐麟幼儿园", raisedBy: "Grace 何" });
    expect(raised.attachments).toHaveLength(1);
    const file = await lelin.portal.attachment({ id: raised.attachments[0]!.id });
    expect(file.content.subarray(0, 4)).toEqual(Buffer.from(PNG, "base64").subarray(0, 4));
    await expectTrpcError(
      (await as(db(), "ent.jinding")).portal.attachment({ id: raised.attachments[0]!.id }),
      "NOT_FOUND",
    );
    await expectTrpcError(land.request.attachment({ id: raised.attachments[0]!.id }), "NOT_FOUND");

    // Only the bureau routes; the department answers only what is routed to it.
    await expectTrpcError(
      edu.request.route({ id, version: raised.version, departmentId: eduUnit.id, timeLimitDays: 5 }),
      "FORBIDDEN",
    );
    const routed = await staff.request.route({
      id,
      version: raised.version,
      departmentId: eduUnit.id,
      timeLimitDays: 5,
      note: "请教育局牵头答复",
    });
    expect(routed.dueOn).toBe("2026-12-02");
    await expectTrpcError(land.request.respond({ id, version: routed.version, body: "不归我管" }), "NOT_FOUND");
    await expectTrpcError(edu.request.respond({ id, version: raised.version, body: "过期版本" }), "CONFLICT");
    const replied = await edu.request.respond({
      id,
      version: routed.version,
      body: "请提供经公证的中文译本，可在市公证处办理。",
    });
    await expectTrpcError(lelin.request.rate({ id, version: replied.version, rating: 5 }), "BAD_REQUEST");
    const resolved = await edu.request.respond({
      id,
      version: replied.version,
      body: "已收到译本，材料已补正。",
      resolve: true,
    });
    expect(resolved.status).toBe("resolved");

    // The enterprise sees the answers by unit, never by person, and not the bureau's note to the department.
    const seen = await lelin.portal.request({ id });
    expect(seen.entries.map((e) => [e.kind, e.unit])).toEqual([
      ["route", "商务局"],
      ["reply", "教育局"],
      ["resolve", "教育局"],
    ]);
    const json = JSON.stringify(seen);
    for (const name of ["孙敏", "陈晓明", "请教育局牵头答复"]) expect(json, name).not.toContain(name);

    await lelin.request.rate({ id, version: resolved.version, rating: 5, comment: "答复及时" });
    await expectTrpcError(lelin.request.rate({ id, version: resolved.version + 1, rating: 4 }), "BAD_REQUEST");
    expect((await lelin.portal.requests()).find((r) => r.id === id)).toMatchObject({
      status: "resolved",
      rating: 5,
      department: "教育局",
    });
    const audit = await db()
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.entity, "service_request"), eq(schema.auditLog.entityId, id)));
    expect(audit.map((a) => a.action).sort()).toEqual([
      "request.create",
      "request.rate",
      "request.reply",
      "request.resolve",
      "request.route",
    ]);
  });
});
