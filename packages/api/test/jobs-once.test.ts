import { hashPassword } from "@crm/auth";
import { createDb, eq, inArray, schema, sql, type Database, type DbHandle } from "@crm/db";
import { seedDemo } from "@crm/db/seed";
import { createTestDatabase, type TestDatabase } from "@crm/db/testing";
import { APPROVAL_WITH_DEPARTMENT, DISPATCH_STAGES } from "@crm/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openMigrated } from "@crm/db/testing";

import { remindDispatch, sweepOverdue, sweepService } from "../src";

/**
 * Two sweeps at the same time, each on its own connections (two app instances, or a run that
 * overlaps the one before): each overdue task and approval is announced once, not twice.
 * A database of its own: the sweeps here run months ahead and would announce what other files'
 * tests expect to find unannounced.
 */
describe("sweeps act once", () => {
  let testDb: TestDatabase;
  let main: DbHandle;
  let a: DbHandle;
  let b: DbHandle;
  const db = (): Database => main.db;
  beforeAll(async () => {
    testDb = await createTestDatabase("crm_api_jobs_once");
    main = await openMigrated("postgres", testDb.url);
    await seedDemo(main.db, { passwordHash: await hashPassword("Demo@2024") });
    a = await createDb({ url: testDb.url, max: 2 });
    b = await createDb({ url: testDb.url, max: 2 });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await main?.close();
    await testDb?.drop();
  });

  it("announces each of 20 newly overdue tasks once with two sweeps running at once", async () => {
    const [park] = await db().select().from(schema.orgUnits).where(eq(schema.orgUnits.code, "park"));
    const [lead] = await db().select().from(schema.users).where(eq(schema.users.username, "bureau.lead"));
    const tasks = await db()
      .insert(schema.tasks)
      .values(
        Array.from({ length: 20 }, (_, i) => ({
          title: `并发测试事项 ${i + 1}`,
          subject: "project" as const,
          assigneeUnitId: park!.id,
          assignedById: lead!.id,
          assignedOn: "2026-12-01",
          dueOn: "2026-12-03",
        })),
      )
      .returning({ id: schema.tasks.id });
    const now = new Date("2026-12-10T02:00:00Z");
    const [x, y] = await Promise.all([sweepOverdue(a.db, now), sweepOverdue(b.db, now)]);
    const links = tasks.map((t) => `/work/${t.id}`);
    const toLead = await db()
      .select({ link: schema.notifications.link })
      .from(schema.notifications)
      .where(inArray(schema.notifications.link, links));
    const perTask = links.map((l) => toLead.filter((n) => n.link === l).length);
    // Every task was announced, to the same number of people, exactly once each.
    expect(new Set(perTask).size).toBe(1);
    const people = perTask[0]!;
    expect(people).toBeGreaterThan(0);
    expect(toLead).toHaveLength(20 * people);
    // The two runs' counts add up to the tasks (plus whatever else fell due by then, counted once).
    const again = await sweepOverdue(db(), now);
    expect(again.announced).toBe(0);
    expect(x.announced + y.announced).toBeGreaterThanOrEqual(20);
  });

  it("announces each late approval once with two sweeps running at once", async () => {
    const now = new Date("2027-06-01T02:00:00Z");
    const open = await db()
      .select({ id: schema.approvals.id })
      .from(schema.approvals)
      .where(inArray(schema.approvals.status, [...APPROVAL_WITH_DEPARTMENT]));
    expect(open.length).toBeGreaterThan(0);
    const announcedSoFar = () =>
      db()
        .select({ subjectId: schema.jobAnnouncements.subjectId })
        .from(schema.jobAnnouncements)
        .where(eq(schema.jobAnnouncements.kind, "approval.overdue"));
    const before = (await announcedSoFar()).length;
    const [x, y] = await Promise.all([sweepService(a.db, now), sweepService(b.db, now)]);
    expect(x.approvalsAnnounced + y.approvalsAnnounced).toBe((await announcedSoFar()).length - before);
    expect(x.approvalsAnnounced + y.approvalsAnnounced).toBeGreaterThan(0);
    const notes = await db()
      .select({ link: schema.notifications.link, userId: schema.notifications.userId })
      .from(schema.notifications)
      .where(eq(schema.notifications.kind, "approval.overdue"));
    const seen = new Set<string>();
    for (const n of notes) {
      const key = `${n.userId} ${n.link}`;
      expect(seen.has(key), `announced twice to one person: ${n.link}`).toBe(false);
      seen.add(key);
    }
    expect((await sweepService(db(), now)).approvalsAnnounced).toBe(0);
  });

  it("reminds each unit owing this month's dispatch once, with two sweeps at once; a unit that posted all hears nothing", async () => {
    const now = new Date("2027-01-04T02:00:00Z");
    const month = "2027-01";
    const open = await db()
      .select({ id: schema.projects.id, unitId: schema.projects.responsibleUnitId })
      .from(schema.projects)
      .where(inArray(schema.projects.stage, [...DISPATCH_STAGES]));
    const [park] = await db().select().from(schema.orgUnits).where(eq(schema.orgUnits.code, "park"));
    const [author] = await db().select().from(schema.users).where(eq(schema.users.username, "zone.park"));
    // 园区专班 has already posted every project's update for January.
    const parkProjects = open.filter((p) => p.unitId === park!.id);
    expect(parkProjects.length).toBeGreaterThan(0);
    await db()
      .insert(schema.monthlyUpdates)
      .values(
        parkProjects.map((p) => ({
          projectId: p.id,
          month: `${month}-01`,
          unitId: park!.id,
          authorId: author!.id,
          progress: "已填报",
        })),
      );
    const owing = new Map<string, number>();
    for (const p of open) if (p.unitId !== park!.id) owing.set(p.unitId, (owing.get(p.unitId) ?? 0) + 1);
    const robotUnit = [...owing.keys()][0]!;
    await db()
      .insert(schema.unitWebhooks)
      .values({ unitId: robotUnit, url: "http://127.0.0.1:9/robot" })
      .onConflictDoNothing();
    const [x, y] = await Promise.all([remindDispatch(a.db, now), remindDispatch(b.db, now)]);
    expect(x.announced + y.announced).toBe(owing.size);
    expect((await remindDispatch(db(), now)).announced).toBe(0);
    const notes = await db()
      .select({ userId: schema.notifications.userId, params: schema.notifications.params })
      .from(schema.notifications)
      .where(eq(schema.notifications.kind, "dispatch.due"));
    const members = await db().select({ id: schema.users.id, unitId: schema.users.unitId }).from(schema.users);
    const unitOf = new Map(members.map((m) => [m.id, m.unitId]));
    const byUnit = new Map<string, Set<string>>();
    for (const n of notes) {
      const unitId = unitOf.get(n.userId)!;
      expect(unitId, "no reminder to a unit that posted everything").not.toBe(park!.id);
      expect(n.params).toMatchObject({ month, n: String(owing.get(unitId)), due: "2027-01-31" });
      const seen = byUnit.get(unitId) ?? new Set();
      expect(seen.has(n.userId), "reminded twice").toBe(false);
      byUnit.set(unitId, seen.add(n.userId));
    }
    expect([...byUnit.keys()].sort()).toEqual([...owing.keys()].sort());
    // The robot of a reminded unit gets the same reminder once, in Chinese.
    const posts = await db()
      .select({ unitId: schema.webhookDeliveries.unitId, payload: schema.webhookDeliveries.payload })
      .from(schema.webhookDeliveries)
      .where(sql`${schema.webhookDeliveries.payload}->'text'->>'content' like '%月度调度%'`);
    expect(posts.map((p) => p.unitId)).toEqual([robotUnit]);
    expect(JSON.stringify(posts[0]!.payload)).toContain(`还有${owing.get(robotUnit)}个项目未填报`);
  });
});
