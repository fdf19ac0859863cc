import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

import { createDb, eq, schema, type Database, type DbHandle } from "@crm/db";
import { openMigrated } from "@crm/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";

import { claimDue, deliverWebhooks, LEASE_MS } from "../src";
import { as, useDatabase } from "./helpers";

const { webhookDeliveries } = schema;

/** A local group robot on 127.0.0.1: keeps every connection and body, answers as `answer` says. */
async function robot(answer: (res: ServerResponse, req: IncomingMessage) => void = (res) => res.end('{"errcode":0}')) {
  const got: unknown[] = [];
  let connections = 0;
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      // A followed redirect would arrive as a GET without a body: kept as null, still counted.
      got.push(body ? JSON.parse(body) : null);
      answer(res, req);
    });
  });
  server.on("connection", () => connections++);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    got,
    port,
    connections: () => connections,
    url: (host = "127.0.0.1") => `http://${host}:${port}/robot`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
type Robot = Awaited<ReturnType<typeof robot>>;

async function expectRefusal(promise: Promise<unknown>, key: string) {
  await expect(promise).rejects.toSatisfy(
    (e: unknown) => e instanceof TRPCError && e.code === "BAD_REQUEST" && e.message === key,
  );
}

/** The jobs take the clock; the rows below are due at T0 and nothing reads the real time. */
const T0 = new Date("2030-01-01T00:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

describe("webhook addresses when saved", () => {
  const { db } = useDatabase();

  it("refuses http to an unlisted host and literal private addresses, with a message key", async () => {
    const admin = await as(db(), "sysadmin");
    const [unit] = await db().select().from(schema.orgUnits).where(eq(schema.orgUnits.code, "edu"));
    const unitId = unit!.id;
    // The tests' WEBHOOK_ALLOWED_HOSTS is "127.0.0.1,10.1.2.3" (vitest.config.ts).
    for (const url of ["http://example.com/robot", "http://127.0.0.2:4010/robot", "http://10.1.2.4/robot"]) {
      await expectRefusal(admin.settings.setWebhook({ unitId, url }), "webhookHttpsOnly");
    }
    for (const url of [
      "https://127.0.0.2/robot",
      "https://0x7f.0.0.2/robot", // the URL parser makes it 127.0.0.2
      "https://2130706434/robot", // and this too
      "https://10.0.0.5/robot",
      "https://172.16.0.1/robot",
      "https://172.31.255.254/robot",
      "https://192.168.1.1/robot",
      "https://169.254.169.254/latest/meta-data/",
      "https://100.64.0.1/robot",
      "https://0.0.0.0/robot",
      "https://[::1]/robot",
      "https://[fc00::1]/robot",
      "https://[fd12:3456::1]/robot",
      "https://[fe80::1]/robot",
      "https://[::ffff:127.0.0.2]/robot",
      "https://localhost/robot",
    ]) {
      await expectRefusal(admin.settings.setWebhook({ unitId, url }), "webhookPrivateAddress");
    }
    expect((await admin.settings.webhooks()).find((u) => u.id === unitId)?.url).toBeNull();

    // Listed hosts may use http, and a listed private address is accepted; a public https one too.
    const listed = await admin.settings.setWebhook({ unitId, url: "http://10.1.2.3/robot" });
    const local = await admin.settings.setWebhook({
      unitId,
      url: "http://127.0.0.1:4010/robot",
      version: listed.version,
    });
    const open = await admin.settings.setWebhook({
      unitId,
      url: "https://oapi.dingtalk.com/robot/send?access_token=x",
      version: local.version,
    });
    await admin.settings.removeWebhook({ unitId, version: open.version });
  });
});

describe("webhook delivery", () => {
  const { db } = useDatabase();
  let unitId = "";
  const robots: Robot[] = [];
  const start = async (answer?: Parameters<typeof robot>[0]) => {
    const r = await robot(answer);
    robots.push(r);
    return r;
  };
  beforeAll(async () => {
    const [unit] = await db().select().from(schema.orgUnits).where(eq(schema.orgUnits.code, "civil"));
    unitId = unit!.id;
  });
  // Other files leave deliveries behind (to robots long stopped): each test here starts with none due.
  beforeEach(async () => {
    await db().update(webhookDeliveries).set({ status: "failed" }).where(eq(webhookDeliveries.status, "pending"));
  });
  afterAll(async () => {
    await Promise.all(robots.map((r) => r.stop()));
  });
  const queue = async (url: string, payload: unknown = { msgtype: "text", text: { content: "测试" } }) => {
    const [row] = await db().insert(webhookDeliveries).values({ unitId, url, payload, nextAttemptAt: T0 }).returning();
    return row!.id;
  };
  const row = async (id: string) =>
    (await db().select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id)))[0]!;

  it("blocks 127.0.0.1 in the socket when it is not listed: the robot gets nothing", async () => {
    const r = await start();
    const id = await queue(r.url());
    expect(await deliverWebhooks(db(), T0, { allowedHosts: [] })).toEqual({ tried: 1, sent: 0 });
    expect(r.connections()).toBe(0);
    expect(await row(id)).toMatchObject({ status: "pending", attempts: 1, lastError: "blocked address" });
    // The same row, once 127.0.0.1 is listed (as in the tests' environment), reaches the robot.
    expect(await deliverWebhooks(db(), at(61_000))).toEqual({ tried: 1, sent: 1 });
    expect(r.got).toHaveLength(1);
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 2, lastError: null });
  });

  it("blocks a name that resolves to a loopback address the same way (checked after DNS)", async () => {
    const r = await start();
    const id = await queue(r.url("localhost"));
    await deliverWebhooks(db(), T0, { allowedHosts: ["10.1.2.3"] });
    expect(r.connections()).toBe(0);
    expect(await row(id)).toMatchObject({ status: "pending", lastError: "blocked address" });
    // Listing the name lets its addresses through: the robot was reachable all along.
    expect(await deliverWebhooks(db(), at(61_000), { allowedHosts: ["localhost"] })).toEqual({ tried: 1, sent: 1 });
    expect(r.got).toHaveLength(1);
  });

  it("does not follow a redirect: a 302 is a failure and its target gets nothing", async () => {
    const elsewhere = await start();
    const r = await start((res) => res.writeHead(302, { location: elsewhere.url() }).end());
    const id = await queue(r.url());
    expect(await deliverWebhooks(db(), T0)).toEqual({ tried: 1, sent: 0 });
    expect(r.got).toHaveLength(1);
    expect(elsewhere.connections()).toBe(0);
    expect(await row(id)).toMatchObject({ status: "pending", lastError: "HTTP 302" });
  });

  it("keeps only the status of an answer, never its text", async () => {
    const secret = "SECRET-db-password-hunter2";
    const failing = await start((res) =>
      res.writeHead(500, { "content-type": "text/plain" }).end(`${secret} at /srv/internal <script>x</script>`),
    );
    const refusing = await start((res) => res.end(JSON.stringify({ errcode: 93000, errmsg: secret })));
    const big = await start((res) => res.end(JSON.stringify({ errcode: 0, pad: "x".repeat(100_000), secret })));
    const a = await queue(failing.url());
    const b = await queue(refusing.url());
    const c = await queue(big.url());
    expect(await deliverWebhooks(db(), T0)).toEqual({ tried: 3, sent: 1 });
    expect(await row(a)).toMatchObject({ lastError: "HTTP 500" });
    expect(await row(b)).toMatchObject({ lastError: "HTTP 200 errcode 93000" });
    // Only the first few KB of a long answer are read, to find the errcode; a 200 past that is sent.
    expect(await row(c)).toMatchObject({ status: "sent", lastError: null });
    const stored = JSON.stringify(await db().select().from(webhookDeliveries));
    expect(stored).not.toContain(secret);
    const listed = JSON.stringify(await (await as(db(), "sysadmin")).settings.webhooks());
    expect(listed).not.toContain(secret);
  });

  it("posts each delivery once when two deliverers run at the same time", async () => {
    const r = await start((res) => setTimeout(() => res.end('{"errcode":0}'), 5));
    const ids = [];
    for (let n = 0; n < 20; n++) ids.push(await queue(r.url(), { n }));
    const one = await createDb({ url: inject("databaseUrl"), max: 2 });
    const two = await createDb({ url: inject("databaseUrl"), max: 2 });
    try {
      const runs = await Promise.all([deliverWebhooks(one.db, T0), deliverWebhooks(two.db, T0)]);
      expect(runs[0]!.tried + runs[1]!.tried).toBe(20);
    } finally {
      await one.close();
      await two.close();
    }
    expect((r.got as { n: number }[]).map((g) => g.n).sort((x, y) => x - y)).toEqual([...Array(20).keys()]);
    for (const id of ids) expect(await row(id)).toMatchObject({ status: "sent", attempts: 1 });
  });

  it("delivers a row whose run died after claiming it, once its lease has passed", async () => {
    const r = await start();
    const id = await queue(r.url());
    // A run claims the row and dies before posting or recording anything.
    expect(await claimDue(db(), T0)).toHaveLength(1);
    expect(await deliverWebhooks(db(), at(60_000))).toEqual({ tried: 0, sent: 0 });
    expect(r.got).toHaveLength(0);
    expect(await deliverWebhooks(db(), at(LEASE_MS + 1_000))).toEqual({ tried: 1, sent: 1 });
    expect(r.got).toHaveLength(1);
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 2 });
  });
});

describe("webhook delivery on PGlite (one connection)", () => {
  let handle: DbHandle;
  const db = (): Database => handle.db;
  beforeAll(async () => {
    handle = await openMigrated("pglite");
  });
  afterAll(async () => {
    await handle?.close();
  });

  it("claims, posts once and honours the lease there too", async () => {
    const r = await robot();
    try {
      const [unit] = await db()
        .insert(schema.orgUnits)
        .values({ code: "t", name: "测试", shortName: "测试", nameEn: "Test", kind: "department" })
        .returning();
      const rows = await db()
        .insert(webhookDeliveries)
        .values([0, 1, 2].map((n) => ({ unitId: unit!.id, url: r.url(), payload: { n }, nextAttemptAt: T0 })))
        .returning();
      const runs = await Promise.all([deliverWebhooks(db(), T0), deliverWebhooks(db(), T0)]);
      expect(runs[0]!.tried + runs[1]!.tried).toBe(3);
      expect((r.got as { n: number }[]).map((g) => g.n).sort()).toEqual([0, 1, 2]);

      await db().update(webhookDeliveries).set({ status: "pending" }).where(eq(webhookDeliveries.id, rows[0]!.id));
      expect(await claimDue(db(), at(LEASE_MS))).toHaveLength(1);
      expect(await deliverWebhooks(db(), at(LEASE_MS + 60_000))).toEqual({ tried: 0, sent: 0 });
      expect(await deliverWebhooks(db(), at(2 * LEASE_MS + 1_000))).toEqual({ tried: 1, sent: 1 });
      expect(r.got).toHaveLength(4);
    } finally {
      await r.stop();
    }
  });
});
