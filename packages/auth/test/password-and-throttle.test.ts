import { describe, expect, it } from "vitest";

import { hashPassword, SIGN_IN_LIMITS, SignInThrottle, verifyPassword } from "../src";

describe("passwords", () => {
  it("hashes with argon2id and verifies only the right password", async () => {
    const encoded = await hashPassword("Demo@2024");
    expect(encoded).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(encoded, "Demo@2024")).toBe(true);
    expect(await verifyPassword(encoded, "demo@2024")).toBe(false);
  });

  it("salts every hash", async () => {
    expect(await hashPassword("same")).not.toBe(await hashPassword("same"));
  });

  it("treats a malformed hash as no match rather than an error", async () => {
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });
});

describe("the sign-in throttle", () => {
  it("lets attempts through until an account's failures reach the limit, then refuses", async () => {
    const throttle = new SignInThrottle();
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
      expect(await throttle.retryAfter("zone.park", "10.1.1.1")).toBe(0);
      await throttle.failed("zone.park", "10.1.1.1");
    }
    const wait = await throttle.retryAfter("Zone.Park ", "10.9.9.9"); // same account, any address, any case
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(SIGN_IN_LIMITS.windowSeconds);
    expect(await throttle.retryAfter("zone.street", "10.9.9.9")).toBe(0);
  });

  it("limits one address across accounts", async () => {
    const throttle = new SignInThrottle();
    for (let i = 0; i < SIGN_IN_LIMITS.perIp; i++) await throttle.failed(`user${i}`, "10.2.2.2");
    expect(await throttle.retryAfter("someone.new", "10.2.2.2")).toBeGreaterThan(0);
    expect(await throttle.retryAfter("someone.new", "10.3.3.3")).toBe(0);
  });

  it("forgets an account's failures after a good sign-in", async () => {
    const throttle = new SignInThrottle();
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount - 1; i++) await throttle.failed("dept.edu", "10.4.4.4");
    await throttle.succeeded("dept.edu");
    await throttle.failed("dept.edu", "10.4.4.4");
    expect(await throttle.retryAfter("dept.edu", "10.4.4.4")).toBe(0);
  });
});
