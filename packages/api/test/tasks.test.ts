import { and, eq, lt, schema } from "@crm/db";
import { todayInShanghai } from "@crm/domain";
import { describe, expect, it } from "vitest";

import { as, expectTrpcError, TODAY, useDatabase } from "./helpers";

const sortById = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe("the task loop: 交办 → 反馈 → 督办 → 办结 → 评价", () => {
  const { db } = useDatabase();
  const unit = async (code: string) =>
    (await db().select().from(schema.orgUnits).where(eq(schema.orgUnits.code, code)))[0]!;
  const project = async (name: string) =>
    (await db().select().from(schema.projects).where(eq(schema.projects.name, name)))[0]!;
  const notices = async (username: string, kind: string) => {
    const [u] = await db().select().from(schema.users).where(eq(schema.users.username, username));
    return db()
      .select()
      .from(schema.notifications)
      .where(and(eq(schema.notifications.userId, u!.id), eq(schema.notifications.kind, kind)));
  };

  it("runs from assignment to rating, each step only for its party", async () => {
    const park = await unit("park");
    const lead = await as(db(), "bureau.lead");
    const zonePark = await as(db(), "zone.park");
    const zoneStreet = await as(db(), "zone.street");

    // 交办: the bureau lead may; bureau staff and zones may not.
    const input = {
      title: "测试督办：协调园区道路施工",
      subject: "project" as const,
      projectId: (await project("中鼎石油钻采专用管项目")).id,
      assigneeUnitId: park.id,
      priority: "urgent" as const,
    };
    await expectTrpcError((await as(db(), "bureau.staff")).task.create(input), "FORBIDDEN");
    await expectTrpcError(zonePark.task.create(input), "FORBIDDEN");
    const { id } = await lead.task.create(input);
    const created = (await db().select().from(schema.tasks).where(eq(schema.tasks.id, id)))[0]!;
    // Urgent: five working days from today (2026-11-25, a Wednesday) is Wednesday 12-02.
    expect(created).toMatchObject({ status: "open", assignedOn: "2026-11-25", dueOn: "2026-12-02" });
    expect((await notices("zone.park", "task.assigned")).some((n) => n.link === `/work/${id}`)).toBe(true);

    // Another zone neither sees nor touches it.
    await expectTrpcError(zoneStreet.task.byId({ id }), "NOT_FOUND");
    await expectTrpcError(zoneStreet.task.reply({ id, version: 1, body: "我来" }), "NOT_FOUND");

    // 反馈 and 办结 (reported): the assignee's unit.
    const replied = await zonePark.task.reply({ id, version: 1, body: "已联系施工单位" });
    expect(replied.status).toBe("in_progress");
    await expectTrpcError(lead.task.report({ id, version: replied.version, body: "越俎代庖" }), "FORBIDDEN");
    await expectTrpcError(zonePark.task.report({ id, version: 1, body: "过期版本" }), "CONFLICT");
    // 申请办结 records what was done: an empty report is refused on the report's field.
    for (const body of [null, "", "  "])
      await expectTrpcError(
        zonePark.task.report({ id, version: replied.version, body: body as string }),
        "BAD_REQUEST",
      );
    const reported = await zonePark.task.report({ id, version: replied.version, body: "道路已恢复通行" });
    expect(reported.status).toBe("reported");
    expect(await notices("bureau.lead", "task.reported")).not.toHaveLength(0);

    // 督办: the assignee cannot accept its own work; sending back needs a reason.
    await expectTrpcError(zonePark.task.review({ id, version: reported.version, accept: true }), "FORBIDDEN");
    await expectTrpcError(lead.task.review({ id, version: reported.version, accept: false }), "BAD_REQUEST");
    const sentBack = await lead.task.review({ id, version: reported.version, accept: false, body: "请补充现场照片" });
    expect(sentBack.status).toBe("in_progress");
    const again = await zonePark.task.report({ id, version: sentBack.version, body: "已补充照片" });
    const accepted = await lead.task.review({ id, version: again.version, accept: true });
    expect(accepted.status).toBe("done");

    // 评价: the assigner rates it once done; nobody reports it again.
    await expectTrpcError(zonePark.task.report({ id, version: accepted.version, body: "再报" }), "BAD_REQUEST");
    await expectTrpcError(zonePark.task.rate({ id, version: accepted.version, rating: 5 }), "FORBIDDEN");
    await lead.task.rate({ id, version: accepted.version, rating: 4 });
    const replies = await db().select().from(schema.taskReplies).where(eq(schema.taskReplies.taskId, id));
    expect(replies.map((r) => r.kind).sort()).toEqual(
      ["accept", "progress", "rate", "report", "report", "send_back"].sort(),
    );
    const audit = await db()
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.entity, "task"), eq(schema.auditLog.entityId, id)));
    expect(audit.map((a) => a.action).sort()).toEqual(
      ["task.accept", "task.create", "task.rate", "task.reply", "task.report", "task.report", "task.sendBack"].sort(),
    );
  });

  it("turns a leader's instruction into a task for the project's responsible unit", async () => {
    const p = await project("越秀光伏发电项目");
    await expectTrpcError(
      (await as(db(), "zone.area")).task.instruct({ projectId: p.id, text: "加快并网" }),
      "FORBIDDEN",
    );
    const { id } = await (
      await as(db(), "leader")
    ).task.instruct({ projectId: p.id, text: "加快并网验收，年底前全容量并网" });
    const [task] = await db().select().from(schema.tasks).where(eq(schema.tasks.id, id));
    expect(task).toMatchObject({ subject: "instruction", assigneeUnitId: p.responsibleUnitId, priority: "high" });
    const mine = await (await as(db(), "zone.area")).todo.list({ kind: "task" });
    expect(mine.items.map((i) => i.id)).toContain(id);
    // The leader waits on the instruction they gave: it is in their to-do until it is done.
    const given = await (await as(db(), "leader")).todo.list({ kind: "waiting" });
    expect(given.items.find((i) => i.id === id)).toMatchObject({ subject: "instruction", unit: expect.any(String) });
  });

  it("shows My work with overdue and due-this-week counts, and the bureau's board overdue first", async () => {
    const street = await (await as(db(), "zone.street")).todo.list({ kind: "task" });
    expect(street.items[0]).toMatchObject({ title: "众驰汽车二手车交易中心消防验收协调", overdue: true });
    expect(street.counts.overdue).toBeGreaterThanOrEqual(1);
    const board = await (await as(db(), "bureau.staff")).task.board();
    expect(board[0]!.overdue).toBeGreaterThanOrEqual(board.at(-1)!.overdue);
    // A zone's board holds only its own task scope: what its unit owes and what it gave.
    const parkBoard = await (await as(db(), "zone.park")).task.board();
    const parkUnit = (
      await db().select({ id: schema.orgUnits.id }).from(schema.orgUnits).where(eq(schema.orgUnits.code, "park"))
    )[0]!.id;
    const parkPeople = (
      await db().select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.unitId, parkUnit))
    ).map((u) => u.id);
    const parkTasks = parkBoard.flatMap((u) => u.tasks);
    expect(parkTasks.length).toBeGreaterThan(0);
    expect(parkTasks.length).toBeLessThan(board.reduce((n, u) => n + u.tasks.length, 0));
    for (const t of parkTasks)
      expect(t.assigneeUnitId === parkUnit || parkPeople.includes(t.assignedById), t.title).toBe(true);
    await expectTrpcError((await as(db(), "town.yumu")).task.board(), "FORBIDDEN");
    const review = await (await as(db(), "bureau.lead")).todo.list({ kind: "review" });
    expect(review.items.length).toBeGreaterThanOrEqual(1); // 乐麟's translation, reported by 教育局
  });

  it("puts each unit's leads past their deadline on the board, within the caller's lead scope", async () => {
    const today = todayInShanghai(TODAY);
    const late = await db()
      .select({ id: schema.leads.id, unitId: schema.leads.assigneeUnitId })
      .from(schema.leads)
      .where(and(eq(schema.leads.status, "assigned"), lt(schema.leads.dueOn, today)));
    expect(late.length).toBeGreaterThan(0); // the demo data's assigned leads are all past their deadline
    const board = await (await as(db(), "bureau.staff")).task.board();
    const onBoard = board.flatMap((u) => u.overdueLeads.map((l) => ({ id: l.id, unitId: u.unitId })));
    expect(sortById(onBoard)).toEqual(sortById(late));
    // Narrowed to one unit: its leads only; a zone's board: only leads in its lead scope.
    const park = await unit("park");
    const parkLate = late.filter((l) => l.unitId === park.id).map((l) => l.id);
    const narrowed = await (await as(db(), "bureau.staff")).task.board({ unitId: park.id });
    expect(narrowed.flatMap((u) => u.overdueLeads.map((l) => l.id)).sort()).toEqual(parkLate.sort());
    const parkBoard = await (await as(db(), "zone.park")).task.board();
    expect(parkBoard.flatMap((u) => u.overdueLeads.map((l) => l.id)).sort()).toEqual(parkLate.sort());
  });

  it("keeps notifications one's own", async () => {
    const park = await as(db(), "zone.park");
    const list = await park.notification.list();
    expect(list.length).toBeGreaterThan(0);
    const other = await as(db(), "zone.street");
    expect((await other.notification.markRead({ ids: list.map((n) => n.id) })).updated).toBe(0);
    const before = await park.notification.unread();
    await park.notification.markRead({ ids: [list[0]!.id] });
    expect(await park.notification.unread()).toBe(before - 1);
  });
});
