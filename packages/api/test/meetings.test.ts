import { eq, schema } from "@crm/db";
import { describe, expect, it } from "vitest";

import { as, expectTrpcError, useDatabase } from "./helpers";

describe("meetings", () => {
  const { db } = useDatabase();
  const unit = async (code: string) =>
    (await db().select().from(schema.orgUnits).where(eq(schema.orgUnits.code, code)))[0]!;
  const userId = async (username: string) =>
    (await db().select().from(schema.users).where(eq(schema.users.username, username)))[0]!.id;

  it("suggests an agenda: projects stuck over 60 days, not dispatched this month, with overdue tasks", async () => {
    const s = await (await as(db(), "bureau.staff")).meeting.suggestions({ heldOn: "2026-11-25" });
    expect(s.stuck.length).toBeGreaterThan(0);
    expect(s.stuck.every((p) => p.since < "2026-09-26")).toBe(true);
    expect(s.notDispatched.length).toBeGreaterThan(0);
    expect(s.overdue.map((p) => p.name)).toContain("众驰汽车4S旗舰店项目");
  });

  it("holds a joint meeting whose decision becomes a task for 园区专班, shown on the meeting as it goes", async () => {
    const park = await unit("park");
    const lead = await as(db(), "bureau.lead");
    const [jinding] = await db()
      .select()
      .from(schema.projects)
      .where(eq(schema.projects.name, "中鼎石油钻采专用管项目"));
    const input = {
      kind: "joint" as const,
      title: "十一月联席会议",
      heldOn: "2026-11-25",
      chairId: await userId("bureau.lead"),
      unitIds: [park.id, (await unit("land")).id],
      agenda: [{ projectId: jinding!.id, note: "二期用地" }],
    };
    await expectTrpcError((await as(db(), "zone.park")).meeting.create(input), "FORBIDDEN");
    const { id } = await lead.meeting.create(input);
    await lead.meeting.minutes({ id, version: 1, minutes: "会议研究了金鼎二期用地问题。" });
    await expectTrpcError(lead.meeting.minutes({ id, version: 1, minutes: "旧版本" }), "CONFLICT");
    const { taskId } = await lead.meeting.decide({
      meetingId: id,
      title: "园区专班牵头完成二期用地预审",
      assigneeUnitId: park.id,
      dueOn: "2026-12-10",
      projectId: jinding!.id,
    });
    const mine = await (await as(db(), "zone.park")).todo.list({});
    expect(mine.items.map((i) => i.id)).toContain(taskId);
    const meeting = await lead.meeting.byId({ id });
    expect(meeting.units.map((u) => u.name)).toEqual(["园区专班", "自然资源局"]);
    expect(meeting.agenda[0]).toMatchObject({ name: "中鼎石油钻采专用管项目", note: "二期用地" });
    expect(meeting.decisions).toEqual([
      expect.objectContaining({ id: taskId, status: "open", unit: "园区专班", overdue: false }),
    ]);
    await expectTrpcError((await as(db(), "zone.park")).meeting.byId({ id }), "FORBIDDEN");
  });
});
