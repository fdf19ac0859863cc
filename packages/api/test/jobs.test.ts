import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { and, eq, schema } from "@crm/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { deliverWebhooks, MAX_ATTEMPTS, sweepOverdue } from "../src";
import { as, useDatabase } from "./helpers";

/** A local group robot: answers with the statuses it is told to, in turn, and keeps what it got. */
function receiver(statuses: number[]) {
  const got: unknown[] = [];
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      got.push(JSON.parse(body));
      const status = statuses.shift() ?? 200;
      res
        .writeHead(status, { "content-type": "application/json" })
        .end(JSON.stringify({ errcode: status === 200 ? 0 : 500 }));
    });
  });
  return {
    got,
    start: () =>
      new Promise<string>((resolve) =>
        server.listen(0, "127.0.0.1", () =>
          resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/robot`),
        ),
      ),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe("webhooks and the overdue sweep", () => {
  const { db } = useDatabase();
  const flaky = receiver([500, 502]);
  const broken = receiver(Array(10).fill(500));
  let flakyUrl = "";
  let brokenUrl = "";
  beforeAll(async () => {
    flakyUrl = await flaky.start();
    brokenUrl = await broken.start();
  });
  afterAll(async () => {
    await flaky.stop();
    await broken.stop();
  });
  const unit = async (code: string) =>
    (await db().select().from(schema.orgUnits).where(eq(schema.orgUnits.code, code)))[0]!;

  it("posts a unit's events to its robot, retrying after failures until it is accepted", async () => {
    const commerce = await unit("commerce");
    await db().insert(schema.unitWebhooks).values({ unitId: commerce.id, url: flakyUrl });
    await (
      await as(db(), "bureau.lead")
    ).task.create({
      title: "商区夜间经济活动筹备",
      subject: "project",
      assigneeUnitId: commerce.id,
      priority: "normal",
    });
    const t0 = new Date(Date.now() + 1_000); // deliveries are queued on the real clock
    expect(await deliverWebhooks(db(), t0)).toEqual({ tried: 1, sent: 0 }); // 500
    expect(await deliverWebhooks(db(), t0)).toEqual({ tried: 0, sent: 0 }); // not due again yet
    expect(await deliverWebhooks(db(), new Date(t0.getTime() + 61_000))).toEqual({ tried: 1, sent: 0 }); // 502
    expect(await deliverWebhooks(db(), new Date(t0.getTime() + 7 * 60_000))).toEqual({ tried: 1, sent: 1 });
    const [delivery] = await db()
      .select()
      .from(schema.webhookDeliveries)
      .where(eq(schema.webhookDeliveries.unitId, commerce.id));
    expect(delivery).toMatchObject({ status: "sent", attempts: 3 });
    expect(flaky.got).toHaveLength(3);
    expect(flaky.got[2]).toEqual({
      msgtype: "text",
      text: { content: expect.stringContaining("新交办事项：商区夜间经济活动筹备") },
    });
  });

  it("gives up after five failed attempts", async () => {
    const scenic = await unit("scenic");
    await db().insert(schema.unitWebhooks).values({ unitId: scenic.id, url: brokenUrl });
    await (
      await as(db(), "bureau.lead")
    ).task.create({ title: "景区标识系统更新", subject: "project", assigneeUnitId: scenic.id, priority: "normal" });
    let at = Date.now() + 1_000;
    for (let i = 0; i < MAX_ATTEMPTS + 2; i++) {
      await deliverWebhooks(db(), new Date(at));
      at += 61 * 60_000;
    }
    const [delivery] = await db()
      .select()
      .from(schema.webhookDeliveries)
      .where(eq(schema.webhookDeliveries.unitId, scenic.id));
    // Only the status is kept, never what the robot answered.
    expect(delivery).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS, lastError: "HTTP 500" });
    expect(broken.got).toHaveLength(MAX_ATTEMPTS);
  });

  it("announces each overdue task once, to its unit, its assigner and its robot", async () => {
    const now = new Date("2026-11-25T03:00:00Z");
    const first = await sweepOverdue(db(), now);
    expect(first.announced).toBeGreaterThanOrEqual(1); // 众驰 fire inspection, due 11-18
    expect((await sweepOverdue(db(), now)).announced).toBe(0);
    const [street] = await db().select().from(schema.users).where(eq(schema.users.username, "zone.street"));
    const notes = await db()
      .select()
      .from(schema.notifications)
      .where(and(eq(schema.notifications.userId, street!.id), eq(schema.notifications.kind, "task.overdue")));
    expect(notes.map((n) => n.params.title)).toContain("众驰汽车二手车交易中心消防验收协调");
  });
});

describe("pg-boss on the same PostgreSQL", () => {
  const { db } = useDatabase();

  it("runs the overdue sweep as a job and announces a newly overdue task", async () => {
    const { inject } = await import("vitest");
    const { startJobs } = await import("../src");
    const [park] = await db().select().from(schema.orgUnits).where(eq(schema.orgUnits.code, "park"));
    const [lead] = await db().select().from(schema.users).where(eq(schema.users.username, "bureau.lead"));
    const [task] = await db()
      .insert(schema.tasks)
      .values({
        title: "作业测试：已超期事项",
        subject: "project",
        assigneeUnitId: park!.id,
        assignedById: lead!.id,
        assignedOn: "2026-11-01",
        dueOn: "2026-11-10",
      })
      .returning();
    const runner = await startJobs({ db: db(), url: inject("databaseUrl") });
    try {
      expect(runner.kind).toBe("pg-boss");
      await runner.trigger("overdue-sweep");
      const link = `/work/${task!.id}`;
      let found = 0;
      for (let i = 0; i < 40 && !found; i++) {
        await new Promise((r) => setTimeout(r, 500));
        found = (
          await db()
            .select()
            .from(schema.notifications)
            .where(and(eq(schema.notifications.kind, "task.overdue"), eq(schema.notifications.link, link)))
        ).length;
      }
      expect(found).toBeGreaterThan(0);
    } finally {
      await runner.stop();
    }
  }, 60_000);
});
