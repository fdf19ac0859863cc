import { and, eq, schema } from "@crm/db";
import { DEFAULT_RESPONSE_POLICY, DEFAULT_SCORING_RULE } from "@crm/domain";
import { afterAll, describe, expect, it } from "vitest";

import { as, expectTrpcError, useDatabase } from "./helpers";

describe("what the bureau configures and the system administrator keeps", () => {
  const { db } = useDatabase();
  const unit = async (code: string) =>
    (await db().select().from(schema.orgUnits).where(eq(schema.orgUnits.code, code)))[0]!;
  const audits = (entity: string, entityId: string) =>
    db()
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.entity, entity), eq(schema.auditLog.entityId, entityId)));

  // Other files read the demo's rules and calendar: put them back however this file ends.
  afterAll(async () => {
    await db()
      .update(schema.settings)
      .set({ value: DEFAULT_RESPONSE_POLICY })
      .where(eq(schema.settings.key, "responsePolicy"));
    await db()
      .update(schema.settings)
      .set({ value: DEFAULT_SCORING_RULE })
      .where(eq(schema.settings.key, "scoringRule"));
    await db().delete(schema.calendarDays).where(eq(schema.calendarDays.note, "测试"));
  });

  it("due dates follow the response policy and the holiday calendar the system administrator keeps", async () => {
    const lead = await as(db(), "bureau.lead");
    const admin = await as(db(), "sysadmin");
    const park = await unit("park");
    const dueOf = async () => {
      const { id } = await lead.task.create({
        title: "测试：按答复时限计算期限",
        subject: "project",
        assigneeUnitId: park.id,
        priority: "normal",
      });
      return (await db().select().from(schema.tasks).where(eq(schema.tasks.id, id)))[0]!.dueOn;
    };

    const { responsePolicy } = await lead.settings.policies();
    const saved = await lead.settings.setResponsePolicy({
      value: { ...responsePolicy.value, dueDays: { ...responsePolicy.value.dueDays, normal: 3 } },
      version: responsePolicy.version,
    });
    expect(saved.version).toBe(responsePolicy.version + 1);
    // Today is Wednesday 2026-11-25: three working days later is Monday 11-30.
    expect(await dueOf()).toBe("2026-11-30");

    // A holiday on that Monday moves it to Tuesday; a make-up working Saturday before it pulls it back to Saturday.
    const holiday = await admin.settings.setCalendarDay({ day: "2026-11-30", working: false, note: "测试" });
    expect(await dueOf()).toBe("2026-12-01");
    const saturday = await admin.settings.setCalendarDay({ day: "2026-11-28", working: true, note: "测试" });
    expect(await dueOf()).toBe("2026-11-28");
    expect((await admin.settings.calendar({ year: 2026 })).filter((d) => d.note === "测试").map((d) => d.day)).toEqual([
      "2026-11-28",
      "2026-11-30",
    ]);

    // Taking both out again restores the plain week.
    await admin.settings.removeCalendarDay({ day: holiday.day, version: holiday.version });
    await admin.settings.removeCalendarDay({ day: saturday.day, version: saturday.version });
    expect(await dueOf()).toBe("2026-11-30");
    expect((await audits("calendar_day", "2026-11-30")).map((a) => a.action).sort()).toEqual([
      "calendar.remove",
      "calendar.set",
    ]);
  });

  it("refuses a calendar day that would change nothing, a day added twice, and a stale version", async () => {
    const admin = await as(db(), "sysadmin");
    await expectTrpcError(admin.settings.setCalendarDay({ day: "2026-12-05", working: false }), "BAD_REQUEST"); // a Saturday is already off
    await expectTrpcError(admin.settings.setCalendarDay({ day: "2026-12-07", working: true }), "BAD_REQUEST"); // a Monday already works
    const day = await admin.settings.setCalendarDay({ day: "2026-12-07", working: false, note: "测试" });
    await expectTrpcError(
      admin.settings.setCalendarDay({ day: "2026-12-07", working: false, note: "测试" }),
      "CONFLICT",
    );
    const renamed = await admin.settings.setCalendarDay({
      day: "2026-12-07",
      working: false,
      note: "测试",
      version: day.version,
    });
    await expectTrpcError(admin.settings.removeCalendarDay({ day: "2026-12-07", version: day.version }), "CONFLICT");
    expect(renamed.version).toBe(day.version + 1);
    await admin.settings.removeCalendarDay({ day: "2026-12-07", version: renamed.version });
  });

  it("the bulletin ranks by the scoring rule the bureau saves; a stale copy changes nothing", async () => {
    const lead = await as(db(), "bureau.lead");
    const before = (await lead.bulletin.get({ month: "2026-11" })).content;
    const { scoringRule } = await lead.settings.policies();
    const rule = { ...scoringRule.value, newLeads: 7.5, overdueTasks: -0.25 };
    await lead.settings.setScoringRule({ value: rule, version: scoringRule.version });
    await expectTrpcError(
      lead.settings.setScoringRule({ value: DEFAULT_SCORING_RULE, version: scoringRule.version }),
      "CONFLICT",
    );
    expect((await lead.settings.policies()).scoringRule.value).toEqual(rule);

    const after = (await lead.bulletin.get({ month: "2026-11" })).content;
    expect(after.rule).toEqual(rule);
    for (const zone of after.zones) {
      const old = before.zones.find((z) => z.unitId === zone.unitId)!;
      const expected =
        old.score +
        zone.figures.newLeads * (7.5 - scoringRule.value.newLeads) +
        zone.figures.overdueTasks * (-0.25 - scoringRule.value.overdueTasks);
      expect(zone.score).toBeCloseTo(expected, 2);
    }
    expect((await audits("setting", "scoringRule")).length).toBeGreaterThan(0);
  });

  it("keeps one robot address per unit, checked and versioned", async () => {
    const admin = await as(db(), "sysadmin");
    const land = await unit("land");
    await expectTrpcError(
      admin.settings.setWebhook({ unitId: land.id, url: "http://example.com/robot" }),
      "BAD_REQUEST",
    );
    const set = await admin.settings.setWebhook({
      unitId: land.id,
      url: "https://oapi.dingtalk.com/robot/send?access_token=test",
    });
    await expectTrpcError(
      admin.settings.setWebhook({ unitId: land.id, url: "https://oapi.dingtalk.com/robot/send?access_token=other" }),
      "CONFLICT",
    );
    const changed = await admin.settings.setWebhook({
      unitId: land.id,
      url: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=test",
      version: set.version,
    });
    expect((await admin.settings.webhooks()).find((u) => u.id === land.id)).toMatchObject({
      url: changed.url,
      version: changed.version,
    });
    await expectTrpcError(admin.settings.removeWebhook({ unitId: land.id, version: set.version }), "CONFLICT");
    await admin.settings.removeWebhook({ unitId: land.id, version: changed.version });
    expect((await admin.settings.webhooks()).find((u) => u.id === land.id)?.url).toBeNull();
    expect((await audits("unit_webhook", land.id)).map((a) => a.action).sort()).toEqual([
      "webhook.remove",
      "webhook.set",
      "webhook.set",
    ]);
  });
});
