import { openMigrated, createTestDatabase, type TestDatabase } from "@crm/db/testing";
import type { DbHandle } from "@crm/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { SIGN_IN_LIMITS, SignInThrottle } from "../src";

/** The limiter on the store it runs on: PostgreSQL (shared by instances) and PGlite (the first command). */
describe.each(["postgres", "pglite"] as const)("the sign-in throttle on %s", (kind) => {
  let testDb: TestDatabase | undefined;
  let handle: DbHandle;
  beforeAll(async () => {
    if (kind === "postgres") testDb = await createTestDatabase("crm_auth_test");
    handle = await openMigrated(kind, testDb?.url);
  });
  afterAll(async () => {
    await handle?.close();
    await testDb?.drop();
  });

  it("locks one account from one address after a few failures, not the account from elsewhere", async () => {
    const t = new SignInThrottle(handle.db);
    const locks = [];
    for (let i = 0; i < SIGN_IN_LIMITS.perPair; i++) {
      expect(await t.retryAfter("u1", "10.1.1.1")).toBe(0);
      locks.push(...(await t.failed("u1", "10.1.1.1")));
    }
    expect(locks).toEqual([{ scope: "pair", seconds: SIGN_IN_LIMITS.firstLockSeconds }]);
    const wait = await t.retryAfter("u1", "10.1.1.1");
    expect(wait).toBeGreaterThan(SIGN_IN_LIMITS.firstLockSeconds - 5);
    expect(wait).toBeLessThanOrEqual(SIGN_IN_LIMITS.firstLockSeconds);
    expect(await t.retryAfter("u1", "10.9.9.9")).toBe(0); // the owner, elsewhere
    expect(await t.retryAfter("u2", "10.1.1.1")).toBe(0); // someone else, here
    // Further failures while locked set off no second lock.
    expect(await t.failed("u1", "10.1.1.1")).toEqual([]);
  });

  it("locks the account everywhere only past a higher count from many addresses", async () => {
    const t = new SignInThrottle(handle.db);
    const locks = [];
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) locks.push(...(await t.failed("u3", `10.3.${i}.1`)));
    expect(locks.filter((l) => l.scope === "account")).toHaveLength(1);
    expect(locks.filter((l) => l.scope === "pair")).toHaveLength(0);
    expect(await t.retryAfter("u3", "10.200.0.1")).toBeGreaterThan(0);
    expect((await t.lockedAccounts()).has("u3")).toBe(true);
  });

  it("limits one address across accounts", async () => {
    const t = new SignInThrottle(handle.db);
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) await t.failed(`many${i}`, "10.2.2.2");
    expect(await t.retryAfter("someone.new", "10.2.2.2")).toBeGreaterThan(0);
    expect(await t.retryAfter("someone.new", "10.3.3.3")).toBe(0);
  });

  it("doubles a repeated lock", async () => {
    const t = new SignInThrottle(handle.db);
    for (let i = 0; i < SIGN_IN_LIMITS.perPair; i++) await t.failed("u4", "10.4.4.4");
    await t.unlock("u4"); // forgets the lock count too
    for (let i = 0; i < SIGN_IN_LIMITS.perPair; i++) await t.failed("u4", "10.4.4.4");
    // The lock passes (as if its time were up): the next lock lasts twice as long.
    await handle.db.execute(`update sign_in_limit set expire = 1 where key = 'pair:u4|10.4.4.4'` as never);
    const locks = [];
    for (let i = 0; i < SIGN_IN_LIMITS.perPair; i++) locks.push(...(await t.failed("u4", "10.4.4.4")));
    expect(locks).toEqual([{ scope: "pair", seconds: SIGN_IN_LIMITS.firstLockSeconds * 2 }]);
  });

  it("is shared by two limiters on one database and survives a new one (a restart, a second instance)", async () => {
    const a = new SignInThrottle(handle.db);
    for (let i = 0; i < SIGN_IN_LIMITS.perPair; i++) await a.failed("u5", "10.5.5.5");
    expect(await new SignInThrottle(handle.db).retryAfter("u5", "10.5.5.5")).toBeGreaterThan(0);
  });

  it("forgets this address's failures after a good sign-in, and unlock lifts every lock", async () => {
    const t = new SignInThrottle(handle.db);
    for (let i = 0; i < SIGN_IN_LIMITS.perPair - 1; i++) await t.failed("u6", "10.6.6.6");
    await t.succeeded("u6", "10.6.6.6");
    await t.failed("u6", "10.6.6.6");
    expect(await t.retryAfter("u6", "10.6.6.6")).toBe(0);
    for (let i = 0; i < SIGN_IN_LIMITS.perPair; i++) await t.failed("u6", "10.6.6.7");
    expect(await t.retryAfter("u6", "10.6.6.7")).toBeGreaterThan(0);
    await t.unlock("u6");
    expect(await t.retryAfter("u6", "10.6.6.7")).toBe(0);
    expect((await t.lockedAccounts()).has("u6")).toBe(false);
  });

  it("sets off exactly one lock when the failures arrive at once", async () => {
    const t = new SignInThrottle(handle.db);
    const results = await Promise.all(
      Array.from({ length: SIGN_IN_LIMITS.perPair * 2 }, () => t.failed("u7", "10.7.7.7")),
    );
    expect(results.flat().filter((l) => l.scope === "pair")).toHaveLength(1);
  });
});
