import { eq, schema } from "@crm/db";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { AuditListInput } from "@crm/domain";

import { listAudit } from "../src/services/audit/list";
import { as, contextFor, expectTrpcError, sessionUserOf, useDatabase } from "./helpers";

const { auditLog, users } = schema;

/** Rows of a kind nothing else writes, so that each filter is counted by hand. */
const PROBE = "viewer_probe";

describe("the audit viewer (审计日志)", () => {
  const { db } = useDatabase();
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    for (const u of ["auditor", "bureau.staff", "zone.park"]) {
      ids[u] = (await db().select().from(users).where(eq(users.username, u)))[0]!.id;
    }
    // 12 rows: two people, two actions, two records, two results, two addresses, three Shanghai days;
    // five rows share one instant (ties on `at`), three another.
    const tie1 = new Date("2026-11-20T03:00:00.123456Z");
    const tie2 = new Date("2026-11-20T15:59:59.999Z"); // 23:59:59.999 in Shanghai: still the 20th there
    const rows = [
      ...Array.from({ length: 5 }, (_, i) => ({ at: tie1, actor: "auditor", action: "probe.alpha", id: `r${i % 2}` })),
      ...Array.from({ length: 3 }, () => ({ at: tie2, actor: "bureau.staff", action: "probe.beta", id: "r1" })),
      { at: new Date("2026-11-20T16:00:00Z"), actor: "bureau.staff", action: "probe.alpha", id: "r0" }, // the 21st
      { at: new Date("2026-11-19T15:59:59Z"), actor: "auditor", action: "probe.beta", id: "r0" }, // the 19th
      { at: new Date("2026-11-21T01:00:00Z"), actor: "bureau.staff", action: "probe.alpha", id: "r1" },
      { at: new Date("2026-11-21T02:00:00Z"), actor: "auditor", action: "probe.alpha", id: "r1" },
    ];
    await db()
      .insert(auditLog)
      .values(
        rows.map((r, i) => ({
          at: r.at,
          actorId: ids[r.actor]!,
          action: r.action,
          entity: PROBE,
          entityId: r.id,
          after: { name: `探针${i}` },
          ip: i % 3 === 0 ? "10.9.8.7" : "192.168.1.5",
          result: i % 4 === 0 ? ("refused" as const) : ("done" as const),
        })),
      );
  });

  const all = async (filter: Record<string, unknown>, limit = 3) => {
    const admin = await as(db(), "auditor");
    const out: { id: number; at: Date }[] = [];
    let cursor: { at: string; id: number } | undefined;
    for (let pages = 0; pages < 50; pages++) {
      const page = await admin.audit.list({ entity: PROBE, ...filter, limit, cursor });
      out.push(...page.items);
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    return out;
  };

  it("narrows by each filter", async () => {
    expect(await all({})).toHaveLength(12);
    expect(await all({ actorId: ids.auditor })).toHaveLength(7);
    expect(await all({ action: "probe.beta" })).toHaveLength(4);
    expect(await all({ entityId: "r1" })).toHaveLength(7);
    expect(await all({ result: "refused" })).toHaveLength(3);
    expect(await all({ ip: "10.9." })).toHaveLength(4);
    expect(await all({ ip: "10.9.8.7" })).toHaveLength(4);
    // Shanghai days: the 20th holds both tie groups; the 19th ends at 15:59:59Z; the 21st begins at 16:00Z.
    expect(await all({ from: "2026-11-20", to: "2026-11-20" })).toHaveLength(8);
    expect(await all({ from: "2026-11-19", to: "2026-11-19" })).toHaveLength(1);
    expect(await all({ from: "2026-11-21" })).toHaveLength(3);
    expect(await all({ to: "2026-11-20" })).toHaveLength(9);
    expect(
      await all({ actorId: ids["bureau.staff"], from: "2026-11-20", to: "2026-11-20", action: "probe.beta" }),
    ).toHaveLength(3);
    expect(await all({ actorId: ids["zone.park"] })).toHaveLength(0);
  });

  it("pages through ties on `at` returning every row exactly once, newest first", async () => {
    for (const limit of [1, 2, 3, 5, 100]) {
      const rows = await all({}, limit);
      expect(new Set(rows.map((r) => r.id)).size).toBe(12);
      expect(rows).toHaveLength(12);
      for (let i = 1; i < rows.length; i++) {
        const [a, b] = [rows[i - 1]!, rows[i]!];
        expect(a.at.getTime() > b.at.getTime() || (a.at.getTime() === b.at.getTime() && a.id > b.id)).toBe(true);
      }
    }
  });

  it("refuses whoever lacks audit.read, for the list, the options and the export", async () => {
    for (const username of [
      "zone.park",
      "bureau.staff",
      "bureau.lead",
      "leader",
      "sysadmin",
      "secadmin",
      "ent.jinding",
    ]) {
      const caller = await as(db(), username);
      await expectTrpcError(caller.audit.list({}), "FORBIDDEN");
      await expectTrpcError(caller.audit.options(), "FORBIDDEN");
      await expectTrpcError(caller.audit.export({}), "FORBIDDEN");
    }
  });

  it("exports the filtered rows to .xlsx and audits the export", async () => {
    const admin = await as(db(), "auditor");
    const filter = { entity: PROBE, actorId: ids.auditor, from: "2026-11-20", to: "2026-11-20" };
    const bytes = await admin.audit.export(filter);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as string[]).slice(1);
    expect(header).toEqual([
      "时间",
      "操作人",
      "操作人ID",
      "操作",
      "对象类型",
      "对象ID",
      "对象",
      "结果",
      "地址",
      "变更前",
      "变更后",
    ]);
    const body = sheet.getSheetValues().slice(2) as string[][];
    expect(body).toHaveLength(5);
    for (const r of body) {
      expect(r[2]).toBe("安全审计员");
      expect(r[4]).toBe("probe.alpha");
      expect(r[1]).toMatch(/^2026年11月20日/);
    }
    const mine = (await admin.audit.list({ action: "data.export", actorId: ids.auditor, limit: 1 })).items[0]!;
    expect(mine.entityId).toBe("audit.export");
    expect(mine.after).toEqual({ input: filter });
    expect(mine.ip).toBe("127.0.0.1");
  });

  it("names the actor and the record when the person is disabled or gone and the record deleted", async () => {
    const [ghost] = await db()
      .insert(users)
      .values({
        username: "viewer.ghost",
        displayName: "离职人员",
        role: "bureau_staff",
        passwordHash: "x",
        disabled: true,
      })
      .returning();
    await db()
      .insert(auditLog)
      .values([
        // A disabled person: named, marked disabled.
        {
          actorId: ghost!.id,
          action: "probe.gone",
          entity: "project",
          entityId: "00000000-0000-4000-8000-000000000001",
          before: { name: "已删除的项目" },
        },
        // No such account any more (the id only), about a user record that is gone: the label from its values.
        {
          actorId: null,
          action: "probe.gone",
          entity: "user",
          entityId: "00000000-0000-4000-8000-000000000002",
          after: { username: "old.account" },
        },
      ]);
    const admin = await as(db(), "auditor");
    const { items } = await admin.audit.list({ action: "probe.gone" });
    const project = items.find((r) => r.entity === "project")!;
    expect(project).toMatchObject({
      actorName: "离职人员",
      actorDisabled: true,
      record: "已删除的项目",
      recordExists: false,
    });
    const user = items.find((r) => r.entity === "user")!;
    expect(user).toMatchObject({ actorName: null, record: "old.account", recordExists: false });
    // A live record is named by its name now.
    const live = (await admin.audit.list({ action: "project.update", limit: 1 })).items[0];
    if (live) expect(live.recordExists).toBe(true);
  });

  it("offers every action and object type in the log and the people", async () => {
    const { actions, entities, people } = await (await as(db(), "auditor")).audit.options();
    expect(actions).toEqual(expect.arrayContaining(["probe.alpha", "probe.beta"]));
    expect(entities).toContain(PROBE);
    expect([...actions].sort()).toEqual(actions);
    expect(people.map((p) => p.username)).toContain("bureau.staff");
  });
});

describe("a project's history (变更记录)", () => {
  const { db } = useDatabase();
  let projectId: string;
  let version: number;

  beforeAll(async () => {
    const park = (await db().select().from(schema.orgUnits).where(eq(schema.orgUnits.code, "park")))[0]!;
    const created = (await (
      await as(db(), "town.yumu")
    ).lead.create({
      enterpriseName: "变更记录测试有限公司",
      source: "town",
      reportedOn: "2026-11-01",
      acknowledgeDuplicates: true,
    })) as { id: string };
    await (
      await as(db(), "bureau.staff")
    ).lead.assign({ id: created.id, version: 1, assigneeUnitId: park.id, dueOn: "2026-12-31" });
    const zone = await as(db(), "zone.park");
    ({ projectId } = await zone.lead.convert({
      id: created.id,
      version: 2,
      projectName: "变更记录旧名项目",
      zoneId: park.id,
      stage: "negotiating",
      on: "2026-11-02",
    }));
    version = (await zone.project.byId({ id: projectId })).version;
    // Three autosaves of the amount by one person, then a rename under a code name.
    for (const amount of ["5000", "6500", "8000"]) {
      ({ version } = await zone.project.update({ id: projectId, version, patch: { plannedAmount: amount } }));
    }
    ({ version } = await zone.project.update({ id: projectId, version, patch: { jobs: 120 } }));
    ({ version } = await zone.project.update({
      id: projectId,
      version,
      patch: { name: "变更记录真名项目", codeName: "代号-H1" },
    }));
  });

  it("folds one person's autosaves into one entry: first before → last after, in plain Chinese values", async () => {
    const history = await (await as(db(), "zone.park")).project.history({ id: projectId });
    expect(history).toHaveLength(1);
    const [entry] = history;
    expect(entry!.who).toBe("刘志强");
    expect(entry!.saves).toBe(5);
    expect(entry!.fields).toEqual(
      expect.arrayContaining([
        { field: "plannedAmount", from: "（空）", to: "8,000万元" },
        { field: "jobs", from: "（空）", to: "120" },
        { field: "name", from: "变更记录旧名项目", to: "变更记录真名项目" },
        { field: "codeName", from: "（空）", to: "代号-H1" },
      ]),
    );
  });

  it("never gives someone shown the code name the real or the old name, in the history or the audit log", async () => {
    const leader = await as(db(), "leader");
    const text = JSON.stringify(await leader.project.history({ id: projectId }));
    expect(text).toContain("8,000万元");
    expect(text).not.toContain("变更记录真名项目");
    expect(text).not.toContain("变更记录旧名项目");
    // 三员分立: only the audit administrator reads the log, and it reads it raw (audit.realName).
    await expectTrpcError(leader.audit.list({ entityId: projectId }), "FORBIDDEN");
    // Should the log ever be opened to a reader without audit.realName, the service itself veils it:
    // called past the permission, as a leader, it withholds what the code name hides.
    const log = await listAudit(
      contextFor(db(), await sessionUserOf(db(), "leader")),
      AuditListInput.parse({ entityId: projectId }),
    );
    expect(log.items.length).toBeGreaterThan(0);
    const logText = JSON.stringify(log);
    expect(logText).not.toContain("变更记录真名项目");
    expect(logText).not.toContain("变更记录旧名项目");
    expect(logText).not.toContain("变更记录测试有限公司");
    expect(log.items.every((r) => r.withheld && r.record === "代号-H1")).toBe(true);
    // The audit administrator reads it raw.
    const raw = JSON.stringify(await (await as(db(), "auditor")).audit.list({ entityId: projectId }));
    expect(raw).toContain("变更记录旧名项目");
  });
});
