import { describe, expect, it } from "vitest";

import { hashPassword, verifyPassword } from "../src";

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
