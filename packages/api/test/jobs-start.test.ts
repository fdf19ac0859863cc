import { createDb, withExclusiveLock, type DbHandle } from "@crm/db";
import { createTestDatabase, openMigrated, type TestDatabase } from "@crm/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { startJobs, type JobRunner } from "../src";
import { JOBS } from "../src/jobs/runner";

/**
 * Two app instances starting at the same moment on a database pg-boss has not seen yet: without
 * taking turns, pg-boss's queue creation deadlocked and one instance answered every request with
 * an error. A database of its own, so that pg-boss's schema is new here.
 */
describe("instances starting together", () => {
  let testDb: TestDatabase;
  let main: DbHandle;
  const instances: DbHandle[] = [];
  const runners: JobRunner[] = [];
  beforeAll(async () => {
    testDb = await createTestDatabase("crm_api_jobs_start");
    main = await openMigrated("postgres", testDb.url);
    for (let i = 0; i < 3; i++) instances.push(await createDb({ url: testDb.url, max: 2 }));
  });
  afterAll(async () => {
    await Promise.allSettled(runners.map((r) => r.stop()));
    await Promise.allSettled(instances.map((h) => h.close()));
    await main?.close();
    await testDb?.drop();
  });

  it("take turns inside the lock: no two hold it at once, and each gets it", async () => {
    const held: number[] = [];
    let inside = 0;
    await Promise.all(
      instances.map((h, i) =>
        withExclusiveLock(h.db, "test-turns", async () => {
          inside++;
          held.push(inside);
          await new Promise((r) => setTimeout(r, 150));
          inside--;
          return i;
        }),
      ),
    );
    expect(held).toEqual([1, 1, 1]);
  });

  it("let go of the lock when what runs inside fails", async () => {
    await expect(
      withExclusiveLock(instances[0]!.db, "test-fail", () => Promise.reject(new Error("inside"))),
    ).rejects.toThrow("inside");
    const got = await Promise.race([
      withExclusiveLock(instances[1]!.db, "test-fail", async () => "taken"),
      new Promise((r) => setTimeout(() => r("still held"), 3_000)),
    ]);
    expect(got).toBe("taken");
  });

  it("start pg-boss on a new database three at once: every one starts, each queue and schedule once", async () => {
    const started = await Promise.all(instances.map((h) => startJobs({ db: h.db, url: testDb.url })));
    runners.push(...started);
    expect(started.map((r) => r.kind)).toEqual(["pg-boss", "pg-boss", "pg-boss"]);
    const names = Object.keys(JOBS).sort();
    const client = (main.db as unknown as { $client: { unsafe(q: string): Promise<{ name: string }[]> } }).$client;
    const queues = await client.unsafe("select name from pgboss.queue where name not like '\\_\\_%' order by name");
    expect(queues.map((q) => q.name)).toEqual(names);
    const schedules = await client.unsafe("select name from pgboss.schedule order by name");
    expect(schedules.map((q) => q.name)).toEqual(names);
  });
});
