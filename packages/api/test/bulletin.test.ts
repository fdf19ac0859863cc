import { eq, schema, type DbHandle } from "@crm/db";
import { seedDistrictOnly } from "@crm/db/seed";
import { bulletinFigure } from "@crm/domain";
import { openMigrated } from "@crm/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { callerFor, expectTrpcError, sessionUserOf } from "./helpers";

/**
 * A fixture month (October 2026) built by hand in an empty district, and its bulletin figures
 * counted by hand below.
 */
describe("the monthly bulletin", () => {
  let h: DbHandle;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    h = await openMigrated("pglite");
    await seedDistrictOnly(h.db, { passwordHash: "unused" });
    for (const u of await h.db.select().from(schema.orgUnits)) ids[u.code] = u.id;
    for (const u of await h.db.select().from(schema.users)) ids[u.username] = u.id;
    const db = h.db;
    const ent = async (name: string) =>
      (await db.insert(schema.enterprises).values({ name, nameKey: name, nameInitials: "x" }).returning())[0]!.id;
    const project = async (
      name: string,
      zone: string,
      stage: "reserve" | "negotiating" | "signed" | "registered",
      signedAmount?: string,
    ) =>
      (
        await db
          .insert(schema.projects)
          .values({
            name,
            nameInitials: "x",
            enterpriseId: await ent(`${name}企业`),
            zoneId: ids[zone]!,
            responsibleUnitId: ids[zone]!,
            stage,
            signedAmount: signedAmount ?? null,
          })
          .returning()
      )[0]!.id;
    const move = (projectId: string, from: string | null, to: string, on: string) =>
      db
        .insert(schema.stageEvents)
        .values({ projectId, fromStage: from as never, toStage: to as never, occurredOn: on });
    // 园区: A signed (2.5亿) and registered in October; B moved reserve → negotiating; C untouched, no update.
    const a = await project("甲", "park", "registered", "25000");
    await move(a, null, "negotiating", "2026-09-01");
    await move(a, "negotiating", "signed", "2026-10-10");
    await move(a, "signed", "registered", "2026-10-20");
    const b = await project("乙", "park", "negotiating");
    await move(b, null, "reserve", "2026-08-01");
    await move(b, "reserve", "negotiating", "2026-10-05");
    await project("丙", "park", "reserve");
    await db.insert(schema.monthlyUpdates).values(
      [a, b].map((projectId) => ({
        projectId,
        month: "2026-10-01",
        unitId: ids.park!,
        authorId: ids["zone.park"]!,
        progress: "进展",
      })),
    );
    // 街区: D moved backward (not forward); one task overdue at the month's end; D not dispatched.
    const d = await project("丁", "street", "reserve");
    await move(d, null, "negotiating", "2026-07-01");
    await move(d, "negotiating", "reserve", "2026-10-15");
    await db.insert(schema.tasks).values({
      title: "超期事项",
      subject: "project",
      assigneeUnitId: ids.street!,
      assignedById: ids["bureau.lead"]!,
      assignedOn: "2026-10-01",
      dueOn: "2026-10-20",
      status: "open",
    });
    // ... and one task accepted as done in October (Shanghai time).
    const [done] = await db
      .insert(schema.tasks)
      .values({
        title: "已办结事项",
        subject: "project",
        assigneeUnitId: ids.street!,
        assignedById: ids["bureau.lead"]!,
        assignedOn: "2026-10-01",
        dueOn: "2026-10-30",
        status: "done",
      })
      .returning();
    await db.insert(schema.taskReplies).values({
      taskId: done!.id,
      authorId: ids["bureau.lead"]!,
      kind: "accept",
      createdAt: new Date("2026-10-31T20:00:00+08:00"),
    });
    // 教育局: one approval decided within its limit (3 working days for 5), one late (10 for 5).
    await db.insert(schema.approvals).values([
      {
        projectId: a,
        item: "办学许可",
        departmentId: ids.edu!,
        status: "approved",
        submittedOn: "2026-10-09",
        decidedOn: "2026-10-14",
        timeLimitDays: 5,
      },
      {
        projectId: b,
        item: "办学许可",
        departmentId: ids.edu!,
        status: "approved",
        submittedOn: "2026-10-09",
        decidedOn: "2026-10-23",
        timeLimitDays: 5,
      },
    ]);
    // 园区 owns two carriers still on offer last confirmed before the 90-day limit as of 31 October
    // (one on 1 August, one in talks on 1 July) and one confirmed on 2 August, just inside it; a
    // taken carrier of 2025 is history. It owns an open target of May (stale) and a dropped one.
    const carrier = (code: string, verifiedOn: string, state: "available" | "in_talks" | "taken") => ({
      kind: "land" as const,
      code,
      name: code,
      zoneId: ids.park!,
      locationText: "园区",
      ownerUnitId: ids.park!,
      verifiedOn,
      state,
    });
    await db
      .insert(schema.carriers)
      .values([
        carrier("D-1", "2026-08-01", "available"),
        carrier("D-2", "2026-07-01", "in_talks"),
        carrier("D-3", "2026-08-02", "available"),
        carrier("D-4", "2025-01-01", "taken"),
      ]);
    const [chain] = await db.select().from(schema.chains).limit(1);
    const target = (name: string, status: "open" | "dropped") => ({
      name,
      nameKey: name,
      nameInitials: "x",
      chainId: chain!.id,
      sizeBand: "large" as const,
      ownerUnitId: ids.park!,
      verifiedOn: "2026-05-01",
      status,
    });
    await db.insert(schema.prospects).values([target("目标甲", "open"), target("目标乙", "dropped")]);
    // 雨母山镇: two leads reported in October, one in September. The first went to 街区 and is past
    // its deadline at the month's end; the third went to 园区 and is due only in November.
    const assigned = { 镇线索一: ["street", "2026-10-25"], 镇线索三: ["park", "2026-11-10"] } as const;
    for (const [name, on] of [
      ["镇线索一", "2026-10-02"],
      ["镇线索二", "2026-10-30"],
      ["镇线索三", "2026-09-30"],
    ] as const) {
      const to = name in assigned ? assigned[name as keyof typeof assigned] : null;
      const [lead] = await db
        .insert(schema.leads)
        .values({
          enterpriseName: name,
          enterpriseKey: name,
          source: "town",
          reportingUnitId: ids.yumu!,
          reportedById: ids["town.yumu"]!,
          reportedOn: on,
          ...(to ? { status: "assigned" as const, assigneeUnitId: ids[to[0]]!, assignedOn: on, dueOn: to[1] } : {}),
        })
        .returning();
      await db
        .insert(schema.leadReporters)
        .values({ leadId: lead!.id, unitId: ids.yumu!, userId: ids["town.yumu"]!, reportedOn: on });
    }
  });
  afterAll(async () => h?.close());

  const caller = async (username: string) => callerFor(h.db, await sessionUserOf(h.db, username));

  it("counts each unit's month as counted by hand, and ranks the zones", async () => {
    const { content, issued } = await (await caller("bureau.lead")).bulletin.get({ month: "2026-10" });
    expect(issued).toBe(false);
    const row = (name: string) => [...content.zones, ...content.others].find((u) => u.unitName === name)!;
    expect(row("园区专班").figures).toEqual({
      newLeads: 0,
      movedForward: 2,
      signedCount: 1,
      signedAmountYi: 2.5,
      landedCount: 1,
      approvalsOnTime: 0,
      tasksDone: 0,
      overdueTasks: 0,
      overdueLeads: 0,
      notDispatched: 1,
      staleOpportunities: 3,
    });
    expect(row("街区专班").figures).toEqual({
      newLeads: 0,
      movedForward: 0,
      signedCount: 0,
      signedAmountYi: 0,
      landedCount: 0,
      approvalsOnTime: 0,
      tasksDone: 1,
      overdueTasks: 1,
      overdueLeads: 1,
      notDispatched: 1,
      staleOpportunities: 0,
    });
    expect(row("教育局").figures.approvalsOnTime).toBe(1);
    // The gap loop per chain: 园区's open target counts, the dropped one does not; nothing went further.
    const [first] = await h.db.select().from(schema.chains).limit(1);
    expect(content.chains?.find((c) => c.code === first!.code)).toMatchObject({
      targets: 1,
      leads: 0,
      negotiating: 0,
      signed: 0,
      landed: 0,
    });
    expect(content.chains?.filter((c) => c.targets > 0)).toHaveLength(1);
    expect(row("雨母山镇").figures.newLeads).toBe(2);
    // 园区: 2×3 + 1×20 + 2.5×10 + 1×20 − 1×1 = 70; 街区: 1×2 − 1×2 − 1×2 − 1×1 = −3; the rest 0.
    expect(content.zones.map((z) => [z.unitName, z.score, z.rank])).toEqual([
      ["园区专班", 70, 1],
      ["景区专班", 0, 2],
      ["片区专班", 0, 2],
      ["商区专班", 0, 2],
      ["街区专班", -3, 5],
    ]);
  });

  it("freezes an issued bulletin: later changes to the data do not move it", async () => {
    const lead = await caller("bureau.lead");
    await expectTrpcError((await caller("bureau.staff")).bulletin.issue({ month: "2026-10" }), "FORBIDDEN");
    await lead.bulletin.issue({ month: "2026-10" });
    await expectTrpcError(lead.bulletin.issue({ month: "2026-10" }), "BAD_REQUEST");
    const before = await lead.bulletin.get({ month: "2026-10" });
    // A late entry: another signing dated in October.
    const [p] = await h.db.select().from(schema.projects).where(eq(schema.projects.name, "丙"));
    await h.db
      .insert(schema.stageEvents)
      .values({ projectId: p!.id, fromStage: "reserve", toStage: "signed", occurredOn: "2026-10-28" });
    const after = await lead.bulletin.get({ month: "2026-10" });
    expect(after.issued).toBe(true);
    expect(after.content).toEqual(before.content);
    expect((await lead.bulletin.archive()).map((b) => b.month)).toEqual(["2026-10-01"]);
    const bytes = await lead.bulletin.exportXlsx({ month: "2026-10" });
    expect(Buffer.from(bytes.subarray(0, 2)).toString()).toBe("PK");
  });

  it("reads a bulletin issued before a figure was counted as it was issued: the figure scores nothing and prints a dash", async () => {
    const { content } = await (await caller("bureau.lead")).bulletin.get({ month: "2026-10" });
    const old = structuredClone(content) as unknown as {
      rule: Record<string, number>;
      zones: { figures: Record<string, number> }[];
    };
    delete old.rule.overdueLeads;
    for (const z of old.zones) delete z.figures.overdueLeads;
    await h.db.insert(schema.bulletins).values({ month: "2026-08-01", issuedById: ids["bureau.lead"]!, content: old });
    const august = await (await caller("bureau.lead")).bulletin.get({ month: "2026-08" });
    expect(august.content.rule.overdueLeads).toBe(0);
    expect(august.content.zones.map((z) => z.score)).toEqual(content.zones.map((z) => z.score));
    expect(bulletinFigure("overdueLeads", august.content.zones[0]!.figures.overdueLeads)).toBe("—");
  });
});
