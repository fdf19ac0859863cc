import { count, eq, schema } from "@crm/db";
import { enterpriseNameKey, type CreateTripInput } from "@crm/domain";
import { beforeAll, describe, expect, it } from "vitest";

import { as, expectTrpcError, useDatabase } from "./helpers";

const { trips, tripMeetings, orgUnits, users, tasks, leads, auditLog } = schema;

/**
 * 外出招商: the bureau plans trips and keeps their lists; the delegation records meetings on a phone;
 * a meeting's outcome creates or joins a lead through the duplicate check, assigned to a zone with a
 * follow-up task due in five working days; results counted back per trip and per year.
 */
describe("trips", () => {
  const { db } = useDatabase();
  const unit = async (code: string) => (await db().select().from(orgUnits).where(eq(orgUnits.code, code)))[0]!;
  const person = async (username: string) => (await db().select().from(users).where(eq(users.username, username)))[0]!;
  const demoTrip = async (title: string) => (await db().select().from(trips).where(eq(trips.title, title)))[0]!;
  let park: { id: string };
  let suzhou: { id: string; version: number };
  const fields = async (extra: Partial<CreateTripInput> = {}): Promise<CreateTripInput> => ({
    title: "测试考察",
    destinations: ["长沙"],
    startsOn: "2026-11-24",
    endsOn: "2026-11-26",
    goalMeetings: 2,
    goalLeads: 1,
    goalSignings: 0,
    memberIds: [(await person("bureau.staff")).id, (await person("zone.street")).id],
    ...extra,
  });

  beforeAll(async () => {
    park = await unit("park");
    suzhou = await demoTrip("苏州工业园区招商考察");
  });

  it("lists the demo's trips to the bureau and the leaders; a zone sees only the trips it takes part in", async () => {
    for (const username of ["bureau.staff", "bureau.lead", "leader"]) {
      const list = await (await as(db(), username)).trip.list({});
      expect(list.rows.length, username).toBeGreaterThanOrEqual(4);
    }
    const commerce = await (await as(db(), "zone.commerce")).trip.list({});
    expect(commerce.rows.map((r) => r.title)).toContain("苏州工业园区招商考察");
    expect(commerce.rows.map((r) => r.title)).not.toContain("天津、沧州招商考察");
    expect(commerce.mayPlan).toBe(false);
    const under = await (await as(db(), "bureau.staff")).trip.list({ phase: "under_way" });
    expect(under.rows.map((r) => r.title)).toContain("苏州工业园区招商考察");
    await expectTrpcError((await as(db(), "zone.scenic")).trip.byId({ id: suzhou.id }), "NOT_FOUND");
    for (const username of ["town.yumu", "sysadmin", "secadmin", "auditor", "ent.jinding"])
      await expectTrpcError((await as(db(), username)).trip.list({}), "FORBIDDEN");
  });

  it("is planned by the bureau only; bad input and a stale version change nothing", async () => {
    const staff = await as(db(), "bureau.staff");
    const created = await staff.trip.create(await fields({ title: "长沙招商考察" }));
    const trip = await staff.trip.byId({ id: created.id });
    expect(trip.members.map((m) => m.name).sort()).toHaveLength(2);
    expect(trip.can).toEqual({ plan: true, record: true });
    for (const username of ["zone.park", "leader", "dept.edu"])
      await expectTrpcError((await as(db(), username)).trip.create(await fields()), "FORBIDDEN");
    const before = (await db().select({ n: count() }).from(trips))[0]!.n;
    await expectTrpcError(staff.trip.create(await fields({ endsOn: "2026-11-01" })), "BAD_REQUEST");
    await expectTrpcError(
      staff.trip.create(await fields({ memberIds: [(await person("sysadmin")).id] })),
      "BAD_REQUEST",
    );
    expect((await db().select({ n: count() }).from(trips))[0]!.n).toBe(before);

    await staff.trip.update({ id: created.id, version: 1, fields: await fields({ title: "长沙、株洲招商考察" }) });
    await expectTrpcError(
      staff.trip.update({ id: created.id, version: 1, fields: await fields({ title: "过期" }) }),
      "CONFLICT",
    );
    expect((await staff.trip.byId({ id: created.id })).title).toBe("长沙、株洲招商考察");
    const audits = await db().select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(audits.map((a) => a.action).sort()).toEqual(["trip.create", "trip.update"]);
    // A member who is not the bureau does not edit the plan.
    await expectTrpcError(
      (await as(db(), "zone.street")).trip.update({ id: created.id, version: 2, fields: await fields() }),
      "FORBIDDEN",
    );
  });

  it("keeps the target list: from 目标企业库 or by name, by the bureau only", async () => {
    const staff = await as(db(), "bureau.staff");
    const options = await staff.trip.options();
    expect(options.targets.length).toBeGreaterThan(0);
    const fromList = await staff.trip.addTarget({ tripId: suzhou.id, prospectId: options.targets[0]!.id });
    const added = await staff.trip.addTarget({ tripId: suzhou.id, enterpriseName: "苏州测试新增企业有限公司" });
    const trip = await staff.trip.byId({ id: suzhou.id });
    expect(trip.targets.map((t) => t.id)).toEqual(expect.arrayContaining([fromList.id, added.id]));
    await expectTrpcError(staff.trip.addTarget({ tripId: suzhou.id }), "BAD_REQUEST");
    const member = await as(db(), "zone.commerce");
    await expectTrpcError(member.trip.addTarget({ tripId: suzhou.id, enterpriseName: "某企业" }), "FORBIDDEN");
    await expectTrpcError(member.trip.removeTarget({ tripId: suzhou.id, targetId: added.id }), "FORBIDDEN");
    await staff.trip.removeTarget({ tripId: suzhou.id, targetId: added.id });
    expect((await staff.trip.byId({ id: suzhou.id })).targets.map((t) => t.id)).not.toContain(added.id);
  });

  it("lets a delegation member record meetings; a zone or department not on it cannot", async () => {
    const meeting = {
      tripId: suzhou.id,
      meetsOn: "2026-11-24",
      enterpriseName: "苏州记录测试科技有限公司",
      interest: "medium" as const,
    };
    const member = await as(db(), "zone.commerce");
    const recorded = await member.trip.recordMeeting(meeting);
    expect(recorded.version).toBe(1);
    await expectTrpcError((await as(db(), "zone.park")).trip.recordMeeting(meeting), "NOT_FOUND");
    await expectTrpcError((await as(db(), "dept.edu")).trip.recordMeeting(meeting), "NOT_FOUND");
    await expectTrpcError((await as(db(), "town.yumu")).trip.recordMeeting(meeting), "FORBIDDEN");
    const before = (await db().select({ n: count() }).from(tripMeetings))[0]!.n;
    await expect(member.trip.recordMeeting({ ...meeting, meetsOn: "2026-12-30" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "meetingOutsideTrip",
    });
    await expectTrpcError(member.trip.recordMeeting({ ...meeting, enterpriseName: "" }), "BAD_REQUEST");
    expect((await db().select({ n: count() }).from(tripMeetings))[0]!.n).toBe(before);
    await member.trip.updateMeeting({ id: recorded.id, version: 1, fields: { ...meeting, interest: "high" } });
    await expectTrpcError(
      member.trip.updateMeeting({ id: recorded.id, version: 1, fields: { ...meeting, interest: "low" } }),
      "CONFLICT",
    );
    await expectTrpcError(
      (await as(db(), "zone.park")).trip.updateMeeting({ id: recorded.id, version: 2, fields: meeting }),
      "NOT_FOUND",
    );
  });

  it("turns a meeting into a lead for 园区专班 with a follow-up task due in five working days; a second meeting joins it", async () => {
    const member = await as(db(), "zone.commerce");
    const name = "苏州园区转线索测试有限公司";
    const first = await member.trip.recordMeeting({
      tripId: suzhou.id,
      meetsOn: "2026-11-25",
      enterpriseName: name,
      people: "王总",
      interest: "high",
      nextStep: "来蒸湘考察",
    });
    await expectTrpcError(
      (await as(db(), "zone.park")).trip.meetingToLead({ id: first.id, version: 1, assigneeUnitId: park.id }),
      "NOT_FOUND",
    );
    const made = await member.trip.meetingToLead({ id: first.id, version: 1, assigneeUnitId: park.id });
    expect(made.status).toBe("created");
    if (made.status === "duplicates") throw new Error("unexpected");
    // 2026-11-25 is a Wednesday: five working days on is Wednesday 2026-12-02.
    expect(made.dueOn).toBe("2026-12-02");
    const [lead] = await db().select().from(leads).where(eq(leads.id, made.leadId));
    expect(lead).toMatchObject({
      source: "leader_trip",
      status: "assigned",
      assigneeUnitId: park.id,
      enterpriseName: name,
    });
    const [task] = await db().select().from(tasks).where(eq(tasks.id, made.taskId!));
    expect(task).toMatchObject({ assigneeUnitId: park.id, leadId: made.leadId, dueOn: "2026-12-02", status: "open" });
    const todo = await (await as(db(), "zone.park")).todo.list({});
    expect(todo.items.map((i) => i.id)).toContain(made.taskId);
    // The zone the lead went to now sees the trip (not to record on it).
    const parkView = await (await as(db(), "zone.park")).trip.byId({ id: suzhou.id });
    expect(parkView.can.record).toBe(false);
    await expectTrpcError(
      member.trip.meetingToLead({ id: first.id, version: 2, assigneeUnitId: park.id }),
      "BAD_REQUEST",
    );

    const second = await member.trip.recordMeeting({
      tripId: suzhou.id,
      meetsOn: "2026-11-26",
      enterpriseName: `${name.replace("有限公司", "")}（苏州）有限公司`.replace("（苏州）", ""),
      interest: "low",
    });
    const leadsBefore = (await db().select({ n: count() }).from(leads))[0]!.n;
    const dup = await member.trip.meetingToLead({ id: second.id, version: 1, assigneeUnitId: park.id });
    expect(dup.status).toBe("duplicates");
    if (dup.status !== "duplicates") throw new Error("unexpected");
    expect(dup.duplicates.leads.map((l) => l.id)).toContain(made.leadId);
    const joined = await member.trip.meetingToLead({
      id: second.id,
      version: 1,
      assigneeUnitId: park.id,
      joinLeadId: made.leadId,
    });
    expect(joined).toMatchObject({ status: "joined", leadId: made.leadId, taskId: null });
    expect((await db().select({ n: count() }).from(leads))[0]!.n).toBe(leadsBefore);
    const results = await member.trip.results({ id: suzhou.id });
    expect(results.leads).toBeGreaterThanOrEqual(1);
  });

  it("dates the follow-up by the working days the bureau sets (five by default)", async () => {
    const lead = await as(db(), "bureau.lead");
    const { responsePolicy } = await lead.settings.policies();
    expect(responsePolicy.value.tripFollowUpDays).toBe(5);
    const set = (days: number, version: number) =>
      lead.settings.setResponsePolicy({ value: { ...responsePolicy.value, tripFollowUpDays: days }, version });
    const saved = await set(3, responsePolicy.version);
    try {
      const member = await as(db(), "zone.commerce");
      const m = await member.trip.recordMeeting({
        tripId: suzhou.id,
        meetsOn: "2026-11-25",
        enterpriseName: "苏州时限测试有限公司",
        interest: "medium",
      });
      const made = await member.trip.meetingToLead({ id: m.id, version: 1, assigneeUnitId: park.id });
      // Wednesday 2026-11-25 + 3 working days = Monday 2026-11-30.
      expect(made).toMatchObject({ status: "created", dueOn: "2026-11-30" });
    } finally {
      await set(5, saved.version);
    }
  });

  it("counts a trip's results against hand counts: meetings → leads → 在谈 → 签约 → 落地, cost per signed project", async () => {
    const staff = await as(db(), "bureau.staff");
    const tianjin = await staff.trip.results({ id: (await demoTrip("天津、沧州招商考察")).id });
    expect(tianjin).toMatchObject({ meetings: 1, leads: 1, negotiating: 1, signed: 1, landed: 1, costWan: "3.60" });
    expect(tianjin.costPerSigned).toBe("3.60");
    expect(Number(tianjin.signedAmount)).toBeGreaterThan(0);

    // A fresh trip: three meetings, two leads (one becomes a project that signs), a cost of 9 万元.
    const created = await staff.trip.create(
      await fields({ title: "结果测试考察", memberIds: [(await person("bureau.staff")).id], costWan: "9.00" }),
    );
    const ids = [];
    for (const [i, n] of ["结果测试甲有限公司", "结果测试乙有限公司", "结果测试丙有限公司"].entries())
      ids.push(
        await staff.trip.recordMeeting({
          tripId: created.id,
          meetsOn: "2026-11-24",
          enterpriseName: n,
          interest: i < 2 ? "high" : "none",
        }),
      );
    const a = await staff.trip.meetingToLead({ id: ids[0]!.id, version: 1, assigneeUnitId: park.id });
    await staff.trip.meetingToLead({ id: ids[1]!.id, version: 1, assigneeUnitId: park.id });
    if (a.status === "duplicates") throw new Error("unexpected");
    const [enterprise] = await db()
      .insert(schema.enterprises)
      .values({ name: "结果测试甲有限公司", nameKey: enterpriseNameKey("结果测试甲有限公司"), nameInitials: "JGCSJ" })
      .returning();
    const [project] = await db()
      .insert(schema.projects)
      .values({
        name: "结果测试甲项目",
        nameInitials: "JGCSJXM",
        enterpriseId: enterprise!.id,
        chainId: (await db().select().from(schema.chains))[0]!.id,
        stage: "signed",
        signedAmount: "1200.50",
        signedOn: "2026-11-25",
        responsibleUnitId: park.id,
        zoneId: park.id,
      } as typeof schema.projects.$inferInsert)
      .returning();
    await db()
      .insert(schema.stageEvents)
      .values([
        { projectId: project!.id, toStage: "negotiating", occurredOn: "2026-11-25" },
        { projectId: project!.id, fromStage: "negotiating", toStage: "signed", occurredOn: "2026-11-25" },
      ]);
    await db().update(leads).set({ projectId: project!.id, status: "converted" }).where(eq(leads.id, a.leadId));
    const r = await staff.trip.results({ id: created.id });
    expect(r).toMatchObject({
      meetings: 3,
      leads: 2,
      negotiating: 1,
      signed: 1,
      landed: 0,
      signedAmount: "1200.50",
      costWan: "9.00",
      costPerSigned: "9.00",
    });
    const year = await staff.trip.yearResults({ year: 2026 });
    expect(year.trips.map((t) => t.id)).toContain(created.id);
    expect(year.total.signed).toBeGreaterThanOrEqual(1);
    await expectTrpcError((await as(db(), "town.yumu")).trip.results({ id: created.id }), "FORBIDDEN");
    await expectTrpcError((await as(db(), "zone.scenic")).trip.results({ id: created.id }), "NOT_FOUND");
  });

  it("counts 2024's trips as the report tells them", async () => {
    const year = await (await as(db(), "leader")).trip.yearResults({ year: 2024 });
    expect(year.trips.map((t) => t.title).sort()).toEqual(
      ["天津、沧州招商考察", "北京、上海、苏州招商考察", "重庆招商考察"].sort(),
    );
    // By hand from stories.ts: 中鼎 signed 2024-07-17 (52000 万元) and landed; of the four met in
    // 北京/上海/苏州 all reached 在谈, 森联 (75000) and 联东U谷 (58000) signed and registered; 大龙网 in 在谈.
    const byTitle = Object.fromEntries(year.trips.map((t) => [t.title, t]));
    expect(byTitle["天津、沧州招商考察"]).toMatchObject({
      meetings: 1,
      leads: 1,
      negotiating: 1,
      signed: 1,
      landed: 1,
      signedAmount: "52000.00",
      costPerSigned: "3.60",
    });
    expect(byTitle["北京、上海、苏州招商考察"]).toMatchObject({
      meetings: 4,
      leads: 4,
      negotiating: 4,
      signed: 2,
      landed: 2,
      signedAmount: "133000.00",
      costPerSigned: "4.10",
    });
    expect(byTitle["重庆招商考察"]).toMatchObject({
      meetings: 1,
      leads: 1,
      negotiating: 1,
      signed: 0,
      costPerSigned: null,
    });
    // The year's cost is what the two costed trips kept (3.60 + 8.20), over the three they signed.
    expect(year.total).toMatchObject({
      trips: 3,
      meetings: 6,
      leads: 6,
      negotiating: 6,
      signed: 3,
      landed: 3,
      signedAmount: "185000.00",
      costWan: "11.80",
      costPerSigned: "3.93",
    });
  });

  it("names a confidential project's enterprise by its code name in a trip's meetings and targets", async () => {
    const trip = await demoTrip("北京、上海、苏州招商考察");
    const staff = await (await as(db(), "bureau.staff")).trip.byId({ id: trip.id });
    expect(staff.meetings.map((m) => m.enterpriseName)).toContain("资源亿家（北京）科技有限公司");
    // 园区专班 sees the trip through the 森联 lead handed to it; 资源亿家 is 片区专班's confidential 物流-Z02.
    const park = await (await as(db(), "zone.park")).trip.byId({ id: trip.id });
    const text = JSON.stringify(park);
    expect(text).not.toContain("资源亿家");
    expect(park.meetings.map((m) => m.enterpriseName)).toContain("物流-Z02");
    expect(park.targets.map((t) => t.name)).toContain("物流-Z02");
    expect(park.meetings.find((m) => m.enterpriseName === "物流-Z02")).toMatchObject({
      nameHidden: true,
      people: null,
      nextStep: null,
    });
    expect(park).toMatchObject({ textWithheld: true, debrief: null, purpose: null });
  });

  it("takes a debrief from the bureau after the trip has started, not from a member", async () => {
    const member = await as(db(), "zone.commerce");
    const trip = await (await as(db(), "bureau.staff")).trip.byId({ id: suzhou.id });
    await expectTrpcError(member.trip.debrief({ id: suzhou.id, version: trip.version, debrief: "总结" }), "FORBIDDEN");
    const staff = await as(db(), "bureau.staff");
    await expectTrpcError(staff.trip.debrief({ id: suzhou.id, version: trip.version, debrief: "" }), "BAD_REQUEST");
    const done = await staff.trip.debrief({
      id: suzhou.id,
      version: trip.version,
      debrief: "总结：对接两家企业",
      costWan: "5.5",
    });
    await expectTrpcError(staff.trip.debrief({ id: suzhou.id, version: trip.version, debrief: "再来" }), "CONFLICT");
    const after = await staff.trip.byId({ id: suzhou.id });
    expect(after).toMatchObject({
      status: "done",
      debrief: "总结：对接两家企业",
      costWan: "5.50",
      version: done.version,
    });
  });
});
