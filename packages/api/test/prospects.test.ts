import { and, eq, schema } from "@crm/db";
import { DEFAULT_PROSPECT_WEIGHTS, type CreateProspectInput } from "@crm/domain";
import { beforeAll, describe, expect, it } from "vitest";

import { as, expectTrpcError, TODAY, useDatabase } from "./helpers";

const today = TODAY.toISOString().slice(0, 10);

/**
 * 目标企业库: who may read and keep targets, the score's parts and the weights that rank them, and
 * a target becoming a lead for a zone task force through the leads' own duplicate check.
 */
describe("target enterprises", () => {
  const { db } = useDatabase();
  const unit = async (code: string) =>
    (await db().select().from(schema.orgUnits).where(eq(schema.orgUnits.code, code)))[0]!;
  let steel: { id: string };
  let deep: { id: string };
  let park: { id: string };
  let street: { id: string };
  const fields = (name: string, extra: Partial<CreateProspectInput> = {}): CreateProspectInput => ({
    name,
    chainId: steel.id,
    nodeId: deep.id,
    sizeBand: "medium",
    tags: [],
    hqRegion: "测试省",
    ...extra,
  });

  beforeAll(async () => {
    steel = (await db().select().from(schema.chains).where(eq(schema.chains.code, "steel_pipe")))[0]!;
    const nodes = await db().select().from(schema.chainNodes).where(eq(schema.chainNodes.chainId, steel.id));
    deep = nodes.find((n) => n.name.includes("深加工"))!;
    park = await unit("park");
    street = await unit("street");
  });

  it("is read by the bureau, the zones and the leaders, and by no one else", async () => {
    for (const username of ["bureau.staff", "zone.park", "zone.street", "leader"]) {
      const page = await (await as(db(), username)).prospect.list({});
      expect(page.total, username).toBeGreaterThan(0);
    }
    for (const username of ["dept.edu", "town.yumu"])
      await expectTrpcError((await as(db(), username)).prospect.list({}), "FORBIDDEN");
    await expectTrpcError((await as(db(), "leader")).prospect.create(fields("领导新增企业")), "FORBIDDEN");
  });

  it("seeds the leaders' trips and at least two open targets at the steel chain's 深加工", async () => {
    const staff = await as(db(), "bureau.staff");
    const atDeep = await staff.prospect.list({ chainId: steel.id, nodeId: deep.id });
    expect(atDeep.items.length).toBeGreaterThanOrEqual(2);
    const raised = await staff.prospect.list({ status: "lead_raised" });
    expect(raised.items.map((p) => p.name)).toEqual(expect.arrayContaining(["联东U谷投资管理有限公司"]));
    const all = await staff.prospect.list({ limit: 200 });
    expect(all.items.some((p) => p.stale)).toBe(true);
  });

  it("names a target whose lead became a confidential project by its code name, to whoever is shown it", async () => {
    const raised = async (username: string) =>
      (await (await as(db(), username)).prospect.list({ status: "lead_raised", limit: 200 })).items;
    expect((await raised("bureau.staff")).map((p) => p.name)).toContain("森联集团有限公司");
    for (const username of ["leader", "zone.street"]) {
      const rows = await raised(username);
      expect(
        rows.map((p) => p.name),
        username,
      ).not.toContain("森联集团有限公司");
      expect(
        rows.find((p) => p.name === "钢链-S01"),
        username,
      ).toMatchObject({ hidden: true, tipSource: null });
      const found = await (await as(db(), username)).prospect.list({ status: "lead_raised", q: "森联" });
      expect(found.items, username).toEqual([]);
    }
  });

  it("lets the bureau keep any target and a zone only its own", async () => {
    const staff = await as(db(), "bureau.staff");
    const zonePark = await as(db(), "zone.park");
    const zoneStreet = await as(db(), "zone.street");
    const mine = await zonePark.prospect.create(fields("园区自建目标企业"));
    const [row] = await db().select().from(schema.prospects).where(eq(schema.prospects.id, mine.id));
    expect(row).toMatchObject({ ownerUnitId: park.id, verifiedOn: today, status: "open" });
    // A zone keeps its own only.
    await expectTrpcError(zonePark.prospect.create(fields("替别人建的", { ownerUnitId: street.id })), "BAD_REQUEST");
    await expectTrpcError(
      zoneStreet.prospect.update({ id: mine.id, version: mine.version, patch: { hqCity: "长沙" } }),
      "FORBIDDEN",
    );
    await expectTrpcError(zoneStreet.prospect.confirm({ id: mine.id, version: mine.version }), "FORBIDDEN");
    await expectTrpcError(
      zoneStreet.prospect.drop({ id: mine.id, version: mine.version, reason: "不要了" }),
      "FORBIDDEN",
    );
    await expectTrpcError(
      zoneStreet.prospect.raiseLead({ prospectId: mine.id, version: mine.version, zoneId: street.id }),
      "FORBIDDEN",
    );
    // The street zone reads it, and is told it may not edit it.
    const seen = await zoneStreet.prospect.byId({ id: mine.id });
    expect(seen.can.edit).toBe(false);
    const listed = (await zoneStreet.prospect.list({ q: "园区自建" })).items[0]!;
    expect(listed.canEdit).toBe(false);

    const edited = await zonePark.prospect.update({ id: mine.id, version: mine.version, patch: { hqCity: "长沙" } });
    // The zone does not hand its target to another unit; the bureau does.
    await expectTrpcError(
      zonePark.prospect.update({ id: mine.id, version: edited.version, patch: { ownerUnitId: street.id } }),
      "BAD_REQUEST",
    );
    const moved = await staff.prospect.update({
      id: mine.id,
      version: edited.version,
      patch: { ownerUnitId: street.id, tags: ["fortune500", "listed"] },
    });
    expect((await zoneStreet.prospect.byId({ id: mine.id })).can.edit).toBe(true);
    // A stale copy changes nothing.
    await expectTrpcError(
      staff.prospect.update({ id: mine.id, version: edited.version, patch: { hqCity: "株洲" } }),
      "CONFLICT",
    );
    await expectTrpcError(staff.prospect.confirm({ id: mine.id, version: edited.version }), "CONFLICT");
    const [after] = await db().select().from(schema.prospects).where(eq(schema.prospects.id, mine.id));
    expect(after).toMatchObject({ hqCity: "长沙", version: moved.version, tags: ["listed", "fortune500"] });
    const audit = await db()
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.entity, "prospect"), eq(schema.auditLog.entityId, mine.id)));
    expect(audit.map((a) => a.action).sort()).toEqual(["prospect.create", "prospect.update", "prospect.update"]);
  });

  it("refuses a node of another chain", async () => {
    const staff = await as(db(), "bureau.staff");
    const [auto] = await db().select().from(schema.chains).where(eq(schema.chains.code, "auto"));
    await expectTrpcError(staff.prospect.create(fields("错链企业", { chainId: auto!.id })), "BAD_REQUEST");
  });

  it("confirms a target still current today and drops one with its reason", async () => {
    const staff = await as(db(), "bureau.staff");
    const p = await staff.prospect.create(fields("待确认目标企业"));
    await db().update(schema.prospects).set({ verifiedOn: "2026-01-05" }).where(eq(schema.prospects.id, p.id));
    expect((await staff.prospect.byId({ id: p.id })).stale).toBe(true);
    const confirmed = await staff.prospect.confirm({ id: p.id, version: p.version });
    expect(confirmed.verifiedOn).toBe(today);
    expect((await staff.prospect.byId({ id: p.id })).stale).toBe(false);
    await expectTrpcError(staff.prospect.drop({ id: p.id, version: confirmed.version, reason: "" }), "BAD_REQUEST");
    await staff.prospect.drop({ id: p.id, version: confirmed.version, reason: "已在外地落户" });
    const dropped = await staff.prospect.byId({ id: p.id });
    expect(dropped).toMatchObject({ status: "dropped", dropReason: "已在外地落户", can: { edit: false } });
    await expectTrpcError(staff.prospect.confirm({ id: p.id, version: dropped.version }), "BAD_REQUEST");
  });

  it("shows the score's parts, and ranks by the weights the bureau sets", async () => {
    const staff = await as(db(), "bureau.staff");
    const region = "权重测试省";
    const big = await staff.prospect.create(
      fields("权重甲集团", { hqRegion: region, nodeId: null, sizeBand: "giant", tags: ["fortune500", "listed"] }),
    );
    await staff.prospect.create(fields("权重乙科技", { hqRegion: region, sizeBand: "small", riskPoints: 2 }));
    const detail = await staff.prospect.byId({ id: big.id });
    const w = DEFAULT_PROSPECT_WEIGHTS;
    expect(detail.score).toEqual({
      chainFit: 0,
      size: w.size.giant,
      qualifications: w.tags.fortune500 + w.tags.listed,
      tagPoints: { listed: w.tags.listed, fortune500: w.tags.fortune500 },
      risk: 0,
      total: w.size.giant + w.tags.fortune500 + w.tags.listed,
    });
    const names = async () => (await staff.prospect.list({ region })).items.map((p) => p.name);
    expect(await names()).toEqual(["权重甲集团", "权重乙科技"]);
    const second = (await staff.prospect.list({ region })).items[1]!;
    expect(second.score.risk).toBe(2 * w.riskPerPoint);
    expect(second.strength).not.toBeNull();

    const lead = await as(db(), "bureau.lead");
    const { prospectWeights } = await lead.settings.policies();
    await expectTrpcError(
      staff.settings.setProspectWeights({ value: prospectWeights.value, version: prospectWeights.version }),
      "FORBIDDEN",
    );
    const fitFirst = {
      ...prospectWeights.value,
      chainFit: { missing: 100, weak: 100, strong: 100 },
      riskPerPoint: 0,
    };
    const saved = await lead.settings.setProspectWeights({ value: fitFirst, version: prospectWeights.version });
    try {
      expect(await names()).toEqual(["权重乙科技", "权重甲集团"]);
      await expectTrpcError(
        lead.settings.setProspectWeights({ value: fitFirst, version: prospectWeights.version }),
        "CONFLICT",
      );
    } finally {
      await lead.settings.setProspectWeights({ value: DEFAULT_PROSPECT_WEIGHTS, version: saved.version });
    }
    expect(await names()).toEqual(["权重甲集团", "权重乙科技"]);
  });

  it("turns a target into a lead for a zone task force, which hears of it; the project carries the node", async () => {
    const staff = await as(db(), "bureau.staff");
    const p = await staff.prospect.create(
      fields("衡州深加工管件有限公司", { contactName: "赵经理", contactPhone: "13900001111", tipSource: "沧州考察" }),
    );
    const result = await staff.prospect.raiseLead({ prospectId: p.id, version: p.version, zoneId: park.id });
    expect(result.status).toBe("raised");
    if (result.status !== "raised") return;
    const [lead] = await db().select().from(schema.leads).where(eq(schema.leads.id, result.leadId));
    expect(lead).toMatchObject({
      enterpriseName: "衡州深加工管件有限公司",
      status: "assigned",
      assigneeUnitId: park.id,
      chainId: steel.id,
      contactName: "赵经理",
      dueOn: "2026-12-25",
    });
    const [prospect] = await db().select().from(schema.prospects).where(eq(schema.prospects.id, p.id));
    expect(prospect).toMatchObject({ status: "lead_raised", leadId: result.leadId });
    const bells = await db()
      .select()
      .from(schema.notifications)
      .where(and(eq(schema.notifications.kind, "lead.assigned"), eq(schema.notifications.link, `/leads/${lead!.id}`)));
    expect(bells.length).toBeGreaterThan(0);
    const actions = (
      await db()
        .select({ action: schema.auditLog.action })
        .from(schema.auditLog)
        .where(eq(schema.auditLog.entityId, lead!.id))
    ).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["lead.create", "lead.assign"]));
    // Raised once: a second try says it is history.
    await expectTrpcError(
      staff.prospect.raiseLead({ prospectId: p.id, version: prospect!.version, zoneId: park.id }),
      "BAD_REQUEST",
    );

    // 园区专班 sees the lead in its work and converts it: the project sits at the target's node.
    const zonePark = await as(db(), "zone.park");
    const seen = await zonePark.lead.byId({ id: lead!.id });
    expect(seen).toBeTruthy();
    const converted = await zonePark.lead.convert({
      id: lead!.id,
      version: lead!.version,
      projectName: "衡州深加工管件项目",
      zoneId: park.id,
      stage: "negotiating",
      on: today,
    });
    const [project] = await db().select().from(schema.projects).where(eq(schema.projects.id, converted.projectId));
    expect(project).toMatchObject({ chainId: steel.id, chainNodeId: deep.id });
  });

  it("refuses to raise a lead the duplicate check finds, naming the lead, and writes nothing", async () => {
    const staff = await as(db(), "bureau.staff");
    const town = await as(db(), "town.yumu");
    const existing = await town.lead.create({
      enterpriseName: "重名钢管深加工有限公司",
      source: "town",
      reportedOn: today,
    });
    expect(existing.status).toBe("created");
    const p = await staff.prospect.create(fields("重名钢管深加工（湖南）有限公司"));
    const leadsBefore = await db().select({ id: schema.leads.id }).from(schema.leads);
    const result = await staff.prospect.raiseLead({ prospectId: p.id, version: p.version, zoneId: park.id });
    expect(result.status).toBe("duplicates");
    if (result.status !== "duplicates") return;
    expect(result.duplicates.leads).toEqual([
      expect.objectContaining({ enterpriseName: "重名钢管深加工有限公司", reportingUnit: "雨母山镇" }),
    ]);
    expect(await db().select({ id: schema.leads.id }).from(schema.leads)).toHaveLength(leadsBefore.length);
    const [after] = await db().select().from(schema.prospects).where(eq(schema.prospects.id, p.id));
    expect(after).toMatchObject({ status: "open", leadId: null, version: p.version });
  });

  it("lets a zone raise its own target for itself only", async () => {
    const zonePark = await as(db(), "zone.park");
    const p = await zonePark.prospect.create(fields("园区自荐管件有限公司"));
    await expectTrpcError(
      zonePark.prospect.raiseLead({ prospectId: p.id, version: p.version, zoneId: street.id }),
      "BAD_REQUEST",
    );
    const result = await zonePark.prospect.raiseLead({ prospectId: p.id, version: p.version, zoneId: park.id });
    expect(result.status).toBe("raised");
  });

  it("refuses a stale version on raising, and writes no lead", async () => {
    const staff = await as(db(), "bureau.staff");
    const p = await staff.prospect.create(fields("过期版本管件有限公司"));
    await staff.prospect.confirm({ id: p.id, version: p.version });
    await expectTrpcError(
      staff.prospect.raiseLead({ prospectId: p.id, version: p.version, zoneId: park.id }),
      "CONFLICT",
    );
    const leads = await db().select().from(schema.leads).where(eq(schema.leads.enterpriseName, "过期版本管件有限公司"));
    expect(leads).toEqual([]);
  });
});
