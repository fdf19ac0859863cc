import { and, eq, inArray, lt, ne, or, schema, sql } from "@crm/db";
import { APPROVAL_WITH_DEPARTMENT, can, TASK_OWED, todayInShanghai } from "@crm/domain";
import { describe, expect, it } from "vitest";

import { sweepOverdueLeads } from "../src/jobs/overdue";
import { decidesApprovals, watchesDistrict } from "../src/scope/roles";
import { as, expectTrpcError, sessionUserOf, TODAY, useDatabase } from "./helpers";

const { tasks, leads, serviceRequests, approvals, users, orgUnits } = schema;
const today = todayInShanghai(TODAY);

describe("the to-do (待办): everything a person or their unit owes, in one list", () => {
  const { db } = useDatabase();

  /**
   * What each person owes, counted straight from the tables (not through the to-do's own queries):
   * every row must appear in their to-do under its kind, with the overdue flag the rules give.
   */
  async function owedByTables(username: string) {
    const user = await sessionUserOf(db(), username);
    const unit = user.unitId ?? "00000000-0000-0000-0000-000000000000";
    const expected: { key: string; overdue: boolean }[] = [];
    const taskRows = await db()
      .select()
      .from(tasks)
      .where(
        or(
          and(
            or(eq(tasks.assigneeUnitId, unit), eq(tasks.assigneeUserId, user.id)),
            inArray(tasks.status, [...TASK_OWED]),
          ),
          and(eq(tasks.assignedById, user.id), eq(tasks.status, "reported")),
        ),
      );
    for (const t of taskRows) {
      const owes = TASK_OWED.includes(t.status) && (t.assigneeUnitId === unit || t.assigneeUserId === user.id);
      expected.push({ key: `${owes ? "task" : "review"}:${t.id}`, overdue: owes && t.dueOn < today });
    }
    if (can(user.role, "lead.read")) {
      for (const l of await db()
        .select()
        .from(leads)
        .where(and(eq(leads.status, "assigned"), eq(leads.assigneeUnitId, unit))))
        expected.push({ key: `lead:${l.id}`, overdue: l.dueOn !== null && l.dueOn < today });
    }
    if (can(user.role, "lead.assign")) {
      for (const l of await db().select().from(leads).where(eq(leads.status, "new")))
        expected.push({ key: `leadRouting:${l.id}`, overdue: false });
    }
    if (can(user.role, "request.read")) {
      const rows = await db()
        .select()
        .from(serviceRequests)
        .where(and(eq(serviceRequests.status, "assigned"), eq(serviceRequests.departmentId, unit)));
      for (const r of rows) expected.push({ key: `request:${r.id}`, overdue: r.dueOn !== null && r.dueOn < today });
    }
    if (can(user.role, "request.route")) {
      for (const r of await db().select().from(serviceRequests).where(eq(serviceRequests.status, "submitted")))
        expected.push({ key: `requestRouting:${r.id}`, overdue: false });
    }
    if (decidesApprovals(user)) {
      const rows = await db()
        .select()
        .from(approvals)
        .where(and(eq(approvals.departmentId, unit), inArray(approvals.status, [...APPROVAL_WITH_DEPARTMENT])));
      for (const a of rows) expected.push({ key: `approval:${a.id}`, overdue: a.dueOn !== null && a.dueOn < today });
    }
    return { user, expected };
  }

  it("holds every open item each demo account owes, with its overdue state, for every staff account", async () => {
    const staff = await db()
      .select({ username: users.username, role: users.role })
      .from(users)
      // The demo's accounts (other test files create accounts of their own, some on a one-time password
      // or with a password past its expiry: those may do nothing but change it).
      .where(
        and(
          ne(users.role, "enterprise"),
          eq(users.disabled, false),
          eq(users.mustChangePassword, false),
          sql`${users.passwordChangedAt} > now() - interval '30 days'`,
        ),
      );
    expect(staff.length).toBeGreaterThan(20);
    let checked = 0;
    for (const { username, role } of staff) {
      // The three administrators have no to-do: they do none of the district's work (三员分立).
      if (!can(role, "home.read")) {
        await expectTrpcError((await as(db(), username)).todo.list({}), "FORBIDDEN");
        continue;
      }
      const { expected } = await owedByTables(username);
      const todo = await (await as(db(), username)).todo.list({});
      const byKey = new Map(todo.items.map((i) => [i.key, i]));
      for (const e of expected) {
        expect(byKey.get(e.key), `${username} misses ${e.key}`).toBeDefined();
        expect(byKey.get(e.key)!.overdue, `${username} ${e.key} overdue`).toBe(e.overdue);
        checked++;
      }
      // Overdue first: no item that is not overdue comes before one that is.
      const firstOnTime = todo.items.findIndex((i) => !i.overdue);
      if (firstOnTime >= 0) expect(todo.items.slice(firstOnTime).some((i) => i.overdue)).toBe(false);
      expect(todo.counts.overdue).toBe(
        todo.items.filter((i) => i.overdue && i.kind !== "waiting" && i.kind !== "overdue").length,
      );
    }
    expect(checked).toBeGreaterThan(15);
  });

  it("shows a department the overdue request routed to it first, and the approval items it holds", async () => {
    // 发改局 holds 二手车交易市场扶持政策咨询, routed on 10-30 with a limit of 11-13.
    const drc = await (await as(db(), "dept.drc")).todo.list({});
    expect(drc.items[0]).toMatchObject({ kind: "request", title: "二手车交易市场扶持政策咨询", overdue: true });
    expect(drc.counts.overdue).toBeGreaterThan(0);
    const land = await (await as(db(), "dept.land")).todo.list({ kind: "approval" });
    expect(land.items.length).toBeGreaterThan(0);
    expect(land.items.every((i) => i.link.startsWith("/projects/"))).toBe(true);
  });

  it("shows the bureau lead the overdue tasks he assigned, and the bureau what waits for routing", async () => {
    const lead = await sessionUserOf(db(), "bureau.lead");
    const gaveOverdue = await db()
      .select({ id: tasks.id })
      .from(tasks)
      .where(and(eq(tasks.assignedById, lead.id), inArray(tasks.status, [...TASK_OWED]), lt(tasks.dueOn, today)));
    expect(gaveOverdue.length).toBeGreaterThan(0);
    const todo = await (await as(db(), "bureau.lead")).todo.list({ side: "waiting" });
    for (const t of gaveOverdue)
      expect(todo.items.find((i) => i.id === t.id)).toMatchObject({ kind: "waiting", overdue: true });
    expect(todo.counts.overdueWaiting).toBeGreaterThanOrEqual(gaveOverdue.length);
    expect(watchesDistrict(lead)).toBe(true);
  });

  it("shows a leader the district's overdue work, and the instructions given", async () => {
    const leader = await (await as(db(), "leader")).todo.list({ kind: "overdue" });
    const [n] = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(tasks)
      .where(and(inArray(tasks.status, [...TASK_OWED]), lt(tasks.dueOn, today)));
    expect(n!.n).toBeGreaterThan(0);
    expect(leader.items.length).toBeGreaterThan(0);
    expect(leader.items.every((i) => i.overdue && i.unit)).toBe(true);
  });

  it("shows a zone this month's dispatch while updates are missing, and nothing for a role without projects", async () => {
    const park = await (await as(db(), "zone.park")).todo.list({ kind: "dispatch" });
    expect(park.items).toHaveLength(1);
    expect(park.items[0]!.progress!.total).toBeGreaterThan(park.items[0]!.progress!.done);
    expect((await (await as(db(), "town.yumu")).todo.list({ kind: "dispatch" })).items).toEqual([]);
  });

  it("refuses an enterprise account and bad filters", async () => {
    await expectTrpcError((await as(db(), "ent.jinding")).todo.list({}), "FORBIDDEN");
    await expectTrpcError((await as(db(), "zone.park")).todo.list({ kind: "nonsense" } as never), "BAD_REQUEST");
  });

  it("tells the unit of a lead assigned to it, puts it in its to-do, and announces it overdue once", async () => {
    const staff = await as(db(), "bureau.staff");
    const [park] = await db().select().from(orgUnits).where(eq(orgUnits.code, "park"));
    const [fresh] = await db().select().from(leads).where(eq(leads.status, "new")).limit(1);
    expect(fresh).toBeDefined();
    await staff.lead.assign({ id: fresh!.id, version: fresh!.version, assigneeUnitId: park!.id, dueOn: "2026-11-20" });
    const zone = await sessionUserOf(db(), "zone.park");
    const told = await db()
      .select()
      .from(schema.notifications)
      .where(and(eq(schema.notifications.userId, zone.id), eq(schema.notifications.kind, "lead.assigned")));
    expect(told.map((n) => n.link)).toContain(`/leads/${fresh!.id}`);
    const todo = await (await as(db(), "zone.park")).todo.list({ kind: "lead" });
    expect(todo.items.find((i) => i.id === fresh!.id)).toMatchObject({ overdue: true, dueOn: "2026-11-20" });
    // Overdue: the sweep tells the unit once, however often it runs.
    // (Only the lead sweep: the task sweep's own test counts the tasks it announces.)
    await sweepOverdueLeads(db(), today);
    await sweepOverdueLeads(db(), today);
    const overdue = await db()
      .select()
      .from(schema.notifications)
      .where(
        and(
          eq(schema.notifications.userId, zone.id),
          eq(schema.notifications.kind, "lead.overdue"),
          eq(schema.notifications.link, `/leads/${fresh!.id}`),
        ),
      );
    expect(overdue).toHaveLength(1);
  });
});

describe("a project's page shows what is being done for it", () => {
  const { db } = useDatabase();

  it("lists its tasks and requests with their state, within the caller's scope, and refuses outsiders", async () => {
    const [jinding] = await db()
      .select({ id: schema.projects.id })
      .from(schema.projects)
      .innerJoin(schema.serviceRequests, eq(schema.serviceRequests.projectId, schema.projects.id))
      .limit(1);
    expect(jinding).toBeDefined();
    const [owner] = await db()
      .select({ unit: schema.projects.responsibleUnitId })
      .from(schema.projects)
      .where(eq(schema.projects.id, jinding!.id));
    const taskCount = await db()
      .select({ id: tasks.id })
      .from(tasks)
      .where(and(eq(tasks.projectId, jinding!.id), ne(tasks.status, "cancelled")));
    const requestCount = await db()
      .select({ id: serviceRequests.id })
      .from(serviceRequests)
      .where(eq(serviceRequests.projectId, jinding!.id));
    const work = await (await as(db(), "bureau.lead")).project.work({ id: jinding!.id });
    expect(work.tasks).toHaveLength(taskCount.length);
    expect(work.requests).toHaveLength(requestCount.length);
    expect(requestCount.length).toBeGreaterThan(0);
    const [other] = await db()
      .select({ username: users.username })
      .from(users)
      .innerJoin(orgUnits, eq(orgUnits.id, users.unitId))
      .where(and(eq(users.role, "zone_staff"), ne(orgUnits.id, owner!.unit)))
      .limit(1);
    await expectTrpcError((await as(db(), other!.username)).project.work({ id: jinding!.id }), "NOT_FOUND");
    await expectTrpcError((await as(db(), "town.yumu")).project.work({ id: jinding!.id }), "FORBIDDEN");
  });
});

describe("an approval item handed to a department", () => {
  const { db } = useDatabase();

  it("is announced to the department once it is submitted for it, and enters its to-do", async () => {
    const [land] = await db().select().from(orgUnits).where(eq(orgUnits.code, "land"));
    const [project] = await db().select({ id: schema.projects.id }).from(schema.projects).limit(1);
    const [item] = await db()
      .insert(approvals)
      .values({ projectId: project!.id, item: "不动产权登记（待办测试）", departmentId: land!.id, timeLimitDays: 5 })
      .returning();
    expect(item).toBeDefined();
    const staff = await as(db(), "bureau.staff");
    await staff.approval.update({ id: item!.id, version: item!.version, status: "submitted", helped: true });
    const [member] = await db()
      .select({ id: users.id, username: users.username })
      .from(users)
      .where(and(eq(users.unitId, item!.departmentId), eq(users.role, "dept_staff")))
      .limit(1);
    const told = await db()
      .select()
      .from(schema.notifications)
      .where(and(eq(schema.notifications.userId, member!.id), eq(schema.notifications.kind, "approval.submitted")));
    expect(told).toHaveLength(1);
    const todo = await (await as(db(), member!.username)).todo.list({ kind: "approval" });
    expect(todo.items.map((i) => i.id)).toContain(item!.id);
  });
});
