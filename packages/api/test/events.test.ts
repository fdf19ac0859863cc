import { and, eq, schema, sql } from "@crm/db";
import { enterpriseNameKey, nameInitials } from "@crm/domain";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";

import { as, expectTrpcError, useDatabase } from "./helpers";

/** 活动招商: lists, check-in, leads from attendees, the double-signing guard and the results. */
describe("events (活动招商)", () => {
  const { db } = useDatabase();
  const unit = async (code: string) =>
    (await db().select().from(schema.orgUnits).where(eq(schema.orgUnits.code, code)))[0]!;
  let seq = 0;
  /** A project of the test's own, in 园区专班's zone, at a stage, with funds posted by month. */
  async function project(stage: (typeof schema.projects.$inferSelect)["stage"], funds: [string, string][] = []) {
    const park = await unit("park");
    const name = `活动测试企业${Date.now()}${seq++}有限公司`;
    const [enterprise] = await db()
      .insert(schema.enterprises)
      .values({ name, nameKey: enterpriseNameKey(name), nameInitials: nameInitials(name) })
      .returning();
    const [p] = await db()
      .insert(schema.projects)
      .values({
        name: `${name}项目`,
        nameInitials: nameInitials(name),
        enterpriseId: enterprise!.id,
        zoneId: park.id,
        responsibleUnitId: park.id,
        stage,
      })
      .returning();
    for (const [month, amount] of funds)
      await db().insert(schema.fundPostings).values({ projectId: p!.id, month, amount });
    return p!;
  }
  const event = async (
    title: string,
    heldOn: string,
    kind: "signing" | "roadshow" | "homecoming" = "signing",
    costWan?: string,
  ) => (await as(db(), "bureau.staff")).promoEvent.create({ kind, title, heldOn, costWan });

  it("lets the bureau plan and change an event, refuses a zone, a leader and an administrator, and a stale copy", async () => {
    const staff = await as(db(), "bureau.staff");
    const input = { kind: "roadshow" as const, title: "钢管产业推介会", heldOn: "2026-10-12", place: "深圳" };
    for (const who of ["zone.park", "dept.edu", "leader", "sysadmin", "town.yumu"])
      await expectTrpcError((await as(db(), who)).promoEvent.create(input), "FORBIDDEN");
    const { id, version } = await staff.promoEvent.create(input);
    const updated = await staff.promoEvent.update({ ...input, id, version, organisers: "区商务局、园区专班" });
    expect(updated.version).toBe(version + 1);
    await expectTrpcError(staff.promoEvent.update({ ...input, id, version, title: "旧版本" }), "CONFLICT");
    const shown = await staff.promoEvent.byId({ id });
    expect(shown.event).toMatchObject({
      title: "钢管产业推介会",
      organisers: "区商务局、园区专班",
      ownerUnit: "商务局",
    });
    expect(shown.can.write).toBe(true);
    expect((await (await as(db(), "leader")).promoEvent.byId({ id })).can.write).toBe(false);
    // A zone that takes no part in it does not see it at all.
    await expectTrpcError((await as(db(), "zone.park")).promoEvent.byId({ id }), "NOT_FOUND");
    expect((await (await as(db(), "zone.park")).promoEvent.list({})).map((e) => e.id)).not.toContain(id);
    await expectTrpcError((await as(db(), "auditor")).promoEvent.list({}), "FORBIDDEN");
  });

  it("refuses bad input and changes nothing", async () => {
    const staff = await as(db(), "bureau.staff");
    const before = (await staff.promoEvent.list({})).length;
    await expectTrpcError(
      staff.promoEvent.create({ kind: "roadshow", title: "x", heldOn: "2026-10-12" }),
      "BAD_REQUEST",
    );
    await expectTrpcError(
      staff.promoEvent.create({ kind: "roadshow", title: "金额不对", heldOn: "2026-13-40", costWan: "-1" }),
      "BAD_REQUEST",
    );
    const { id } = await event("坏输入测试", "2026-10-13");
    await expectTrpcError(
      staff.promoEvent.addAttendee({ eventId: id, enterpriseName: "某某公司", phone: "12345" }),
      "BAD_REQUEST",
    );
    await expectTrpcError(
      staff.promoEvent.addSigning({ eventId: id, projectId: (await project("signed")).id, signedAmountWan: "1.234" }),
      "BAD_REQUEST",
    );
    expect((await staff.promoEvent.list({})).length).toBe(before + 1);
    const shown = await staff.promoEvent.byId({ id });
    expect(shown.attendees).toEqual([]);
    expect(shown.signings).toEqual([]);
  });

  it("keeps the attendee list, checks in (a stale copy refused), and raises a lead through the duplicate check", async () => {
    const staff = await as(db(), "bureau.staff");
    const { id } = await event("新春湘商回归测试", "2026-02-04", "homecoming");
    await expectTrpcError(
      (await as(db(), "zone.park")).promoEvent.addAttendee({ eventId: id, enterpriseName: "湘商甲有限公司" }),
      "FORBIDDEN",
    );
    const a = await staff.promoEvent.addAttendee({
      eventId: id,
      enterpriseName: "湘商回归测试甲有限公司",
      person: "张三",
      phone: "13900001111",
    });
    const b = await staff.promoEvent.addAttendee({
      eventId: id,
      enterpriseName: "湘商回归测试乙有限公司",
      person: "李四",
    });
    // The phone is sealed at rest and shown to the bureau.
    const [raw] = await db()
      .select({ phone: sql<string>`${schema.promoEventAttendees.phone}` })
      .from(schema.promoEventAttendees)
      .where(eq(schema.promoEventAttendees.id, a.id));
    expect(raw!.phone).not.toContain("13900001111");
    await expectTrpcError(
      (await as(db(), "zone.park")).promoEvent.checkIn({ attendeeId: a.id, version: a.version }),
      "FORBIDDEN",
    );
    const checked = await staff.promoEvent.checkIn({ attendeeId: a.id, version: a.version });
    expect(checked.checkedInAt).not.toBeNull();
    await expectTrpcError(staff.promoEvent.checkIn({ attendeeId: a.id, version: a.version }), "CONFLICT");
    await staff.promoEvent.checkIn({ attendeeId: b.id, version: b.version });
    let shown = await staff.promoEvent.byId({ id });
    expect(shown.attendees.filter((x) => x.checkedInAt).length).toBe(2);
    expect(shown.attendees[0]!.phone).toBe("13900001111");

    // A lead for the same enterprise exists: raising one shows it and writes nothing.
    const lead = await staff.lead.create({
      enterpriseName: "湘商回归测试甲有限公司",
      source: "department",
      reportedOn: "2026-02-01",
    });
    expect(lead.status).toBe("created");
    const dup = await staff.promoEvent.raiseLead({ attendeeId: a.id, version: checked.version });
    expect(dup.status).toBe("duplicates");
    shown = await staff.promoEvent.byId({ id });
    expect(shown.attendees[0]!.leadId).toBeNull();
    await expectTrpcError(
      (await as(db(), "zone.park")).promoEvent.raiseLead({ attendeeId: a.id, version: checked.version }),
      "FORBIDDEN",
    );
    // Merge into it: the attendee points at that lead.
    const merged = await staff.promoEvent.raiseLead({
      attendeeId: a.id,
      version: checked.version,
      mergeIntoId: (lead as { id: string }).id,
    });
    expect(merged).toEqual({ status: "merged", id: (lead as { id: string }).id });
    // No duplicate for 乙: a new lead with source `event`, linked on the attendee.
    const bNow = (await staff.promoEvent.byId({ id })).attendees.find((x) => x.id === b.id)!;
    const created = await staff.promoEvent.raiseLead({ attendeeId: b.id, version: bNow.version });
    expect(created.status).toBe("created");
    const [row] = await db()
      .select()
      .from(schema.leads)
      .where(eq(schema.leads.id, (created as { id: string }).id));
    expect(row).toMatchObject({ source: "event", enterpriseName: "湘商回归测试乙有限公司", notes: "新春湘商回归测试" });
    shown = await staff.promoEvent.byId({ id });
    expect(shown.attendees.map((x) => x.leadId)).toEqual([(lead as { id: string }).id, row!.id]);

    // Handing 乙's lead to 园区专班 lets that zone see the event, and only that attendee, without phones.
    await staff.lead.assign({
      id: row!.id,
      version: row!.version,
      assigneeUnitId: (await unit("park")).id,
      dueOn: "2026-12-31",
    });
    const zone = await (await as(db(), "zone.park")).promoEvent.byId({ id });
    expect(zone.attendees.map((x) => x.enterpriseName)).toEqual(["湘商回归测试乙有限公司"]);
    expect(zone.attendees[0]!.phone).toBeNull();
    expect(zone.can.write).toBe(false);
    await expectTrpcError((await as(db(), "zone.street")).promoEvent.byId({ id }), "NOT_FOUND");
  });

  it("counts a project signed at an earlier event once: the later signing is flagged and left out", async () => {
    const staff = await as(db(), "bureau.staff");
    const first = await event("守卫测试签约仪式一", "2026-03-10");
    const second = await event("守卫测试签约仪式二", "2026-09-10");
    const p = await project("signed");
    await expectTrpcError(
      (await as(db(), "zone.park")).promoEvent.addSigning({
        eventId: first.id,
        projectId: p.id,
        signedAmountWan: "100",
      }),
      "FORBIDDEN",
    );
    const s1 = await staff.promoEvent.addSigning({ eventId: first.id, projectId: p.id, signedAmountWan: "5000" });
    expect(s1).toMatchObject({ counted: true, countedAtEventId: null });
    const s2 = await staff.promoEvent.addSigning({ eventId: second.id, projectId: p.id, signedAmountWan: "5000" });
    expect(s2).toMatchObject({ counted: false, countedAtEventId: first.id });
    // The same project twice at one event is refused.
    await expectTrpcError(
      staff.promoEvent.addSigning({ eventId: second.id, projectId: p.id, signedAmountWan: "1" }),
      "CONFLICT",
    );
    const list = (await staff.promoEvent.byId({ id: second.id })).signings;
    expect(list).toEqual([
      expect.objectContaining({ counted: false, countedAt: "守卫测试签约仪式一", countedOn: "2026-03-10" }),
    ]);
    // The zone whose project it is sees both events now.
    const zoneEvents = (await (await as(db(), "zone.park")).promoEvent.list({ year: 2026 })).map((e) => e.id);
    expect(zoneEvents).toEqual(expect.arrayContaining([first.id, second.id]));
    await expectTrpcError((await as(db(), "zone.street")).promoEvent.byId({ id: first.id }), "NOT_FOUND");
  });

  it("lets only one of two signings of one project recorded at once count", async () => {
    const staff = await as(db(), "bureau.staff");
    const [e1, e2, e3] = await Promise.all([
      event("并发签约一", "2026-04-01"),
      event("并发签约二", "2026-04-02"),
      event("并发签约三", "2026-04-03"),
    ]);
    const p = await project("signed");
    const results = await Promise.allSettled(
      [e1!, e2!, e3!].map((e) =>
        staff.promoEvent.addSigning({ eventId: e.id, projectId: p.id, signedAmountWan: "800" }),
      ),
    );
    const done = results
      .filter((r) => r.status === "fulfilled")
      .map((r) => (r as PromiseFulfilledResult<{ counted: boolean }>).value);
    expect(done.filter((r) => r.counted).length).toBe(1);
    const rows = await db()
      .select()
      .from(schema.promoEventSignings)
      .where(and(eq(schema.promoEventSignings.projectId, p.id), eq(schema.promoEventSignings.counted, true)));
    expect(rows.length).toBe(1);
    // And the database itself refuses a second counted row, whatever a caller saw.
    await expect(
      db()
        .insert(schema.promoEventSignings)
        .values({
          eventId: e1!.id === rows[0]!.eventId ? e2!.id : e1!.id,
          projectId: p.id,
          signedAmountWan: "1",
          counted: true,
        }),
    ).rejects.toThrow();
  });

  it("counts results back to the event and the year, with the rates against hand counts", async () => {
    const staff = await as(db(), "bureau.staff");
    // A year of its own so the test's counts are the only ones in it.
    const ceremony = await event("成效测试签约仪式", "2031-03-15", "signing", "30");
    const later = await event("成效测试推介会", "2031-06-01", "roadshow");
    const running = await project("under_construction", [
      ["2031-02-01", "999"], // before the event's month: not counted
      ["2031-03-01", "1000"],
      ["2031-05-01", "500"],
    ]);
    const registered = await project("registered", [["2031-04-01", "250"]]);
    const paused = await project("paused");
    const signed = await project("signed");
    for (const [p, amount] of [
      [running, "4000"],
      [registered, "2000"],
      [paused, "1000"],
      [signed, "3000"],
    ] as const)
      await staff.promoEvent.addSigning({ eventId: ceremony.id, projectId: p.id, signedAmountWan: amount });
    // Signed again at the later event: flagged, not counted there.
    await staff.promoEvent.addSigning({ eventId: later.id, projectId: running.id, signedAmountWan: "4000" });
    const a = await staff.promoEvent.addAttendee({ eventId: later.id, enterpriseName: "成效测试参会甲有限公司" });
    await staff.promoEvent.addAttendee({ eventId: later.id, enterpriseName: "成效测试参会乙有限公司" });
    const c = await staff.promoEvent.checkIn({ attendeeId: a.id, version: a.version });
    await staff.promoEvent.raiseLead({ attendeeId: a.id, version: c.version, acknowledgeDuplicates: true });

    const r = await staff.promoEvent.results({ year: 2031 });
    expect(r.events.map((e) => e.title)).toEqual(["成效测试签约仪式", "成效测试推介会"]);
    const [first, second] = r.events;
    // Hand counts: 4 counted signings, 10000万 signed; 3 not paused/lost (履约), 1 under construction
    // or later (开工), 2 registered or later (落地); funds from March on: 1000 + 500 + 250 = 1750.
    expect(first).toMatchObject({
      signings: 4,
      repeats: 0,
      signedWan: "10000.00",
      performing: 3,
      started: 1,
      landedSignings: 2,
      fundsWan: "1750.00",
      costWan: "30.00",
      costPerSigning: "7.50",
    });
    expect(second).toMatchObject({
      invitees: 2,
      attendees: 1,
      leads: 1,
      negotiating: 0,
      signings: 0,
      repeats: 1,
      signedWan: "0.00",
      costPerSigning: null,
    });
    expect(r.total).toMatchObject({
      signings: 4,
      repeats: 1,
      signedWan: "10000.00",
      attendees: 1,
      leads: 1,
      fundsWan: "1750.00",
    });
    // A zone counts only what it sees: its own projects' signings (all four are 园区专班's here).
    const zone = await (await as(db(), "zone.park")).promoEvent.results({ year: 2031 });
    expect(zone.total).toMatchObject({ signings: 4, leads: 0 });
    const street = await (await as(db(), "zone.street")).promoEvent.results({ year: 2031 });
    expect(street.events).toEqual([]);
    await expectTrpcError((await as(db(), "town.yumu")).promoEvent.results({ year: 2031 }), "FORBIDDEN");
  });

  it("imports an attendee sheet the app did not write: a preview with every row's problems, then all or nothing", async () => {
    const staff = await as(db(), "bureau.staff");
    const { id } = await event("导入测试推介会", "2026-11-20", "roadshow");
    await staff.promoEvent.addAttendee({ eventId: id, enterpriseName: "导入测试已在名单有限公司" });
    // A merged title row above headers the organiser chose (单位名称, 姓名, 手机号).
    const sheetOf = async (rows: string[][]) => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("参会名单");
      sheet.addRow(["2026年钢管产业推介会参会企业名单"]);
      sheet.mergeCells(1, 1, 1, 3);
      sheet.addRow(["单位名称", "姓名", "手机号"]);
      for (const r of rows) sheet.addRow(r);
      return { filename: "参会名单.xlsx", bytes: new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer) };
    };
    const bad = await sheetOf([
      ["导入测试甲有限公司", "王五", "139 0000 2222"],
      ["导入测试已在名单有限公司", "赵六", ""],
      ["导入测试乙有限公司", "孙七", "12345"],
      ["导入测试乙有限公司", "周八", ""],
    ]);
    await expectTrpcError(
      (await as(db(), "zone.park")).promoEvent.previewAttendees({ ...bad, eventId: id }),
      "FORBIDDEN",
    );
    const preview = await staff.promoEvent.previewAttendees({ ...bad, eventId: id });
    expect(preview.header.line).toBe(2);
    expect(preview.rows.map((r) => [r.line, r.problems.map((p) => `${p.field}:${p.code}`)])).toEqual([
      [3, []],
      [4, ["enterpriseName:alreadyListed"]],
      [5, ["enterpriseName:duplicateInFile", "phone:badPhone"]],
      [6, ["enterpriseName:duplicateInFile"]],
    ]);
    expect(preview.rows[0]!.row).toEqual({
      enterpriseName: "导入测试甲有限公司",
      person: "王五",
      phone: "13900002222",
    });
    // A list with problems is refused whole: nothing is written.
    await expectTrpcError(
      staff.promoEvent.importAttendees({ eventId: id, rows: preview.rows.map((r) => r.row) }),
      "BAD_REQUEST",
    );
    expect((await staff.promoEvent.byId({ id })).attendees.length).toBe(1);
    await expectTrpcError(
      (await as(db(), "zone.park")).promoEvent.importAttendees({ eventId: id, rows: [preview.rows[0]!.row] }),
      "FORBIDDEN",
    );
    const good = await staff.promoEvent.previewAttendees({
      ...(await sheetOf([
        ["导入测试甲有限公司", "王五", "13900002222"],
        ["导入测试乙有限公司", "孙七", ""],
      ])),
      eventId: id,
    });
    expect(good.rows.every((r) => r.problems.length === 0)).toBe(true);
    expect(await staff.promoEvent.importAttendees({ eventId: id, rows: good.rows.map((r) => r.row) })).toEqual({
      imported: 2,
    });
    const shown = await staff.promoEvent.byId({ id });
    expect(shown.attendees.length).toBe(3);
    expect(shown.attendees.map((a) => [a.enterpriseName, a.person, a.phone])).toEqual(
      expect.arrayContaining([
        ["导入测试已在名单有限公司", null, null],
        ["导入测试甲有限公司", "王五", "13900002222"],
        ["导入测试乙有限公司", "孙七", null],
      ]),
    );
  });
});
