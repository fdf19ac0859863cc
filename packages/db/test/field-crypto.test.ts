import { describe, expect, it } from "vitest";

import { isSealed, keyedHash, open, seal } from "../src/field-crypto";

describe("field encryption", () => {
  it("opens what it sealed, and never writes the same text twice", () => {
    const a = seal("13800000011");
    const b = seal("13800000011");
    expect(a).not.toBe(b);
    expect(a).not.toContain("13800000011");
    expect(isSealed(a)).toBe(true);
    expect(open(a)).toBe("13800000011");
    expect(open(seal("张三 联系人"))).toBe("张三 联系人");
  });

  it("refuses a text that was altered", () => {
    const sealed = seal("13800000011");
    const body = Buffer.from(sealed.slice(3), "base64url");
    body.writeUInt8(body.readUInt8(body.length - 1) ^ 1, body.length - 1);
    expect(() => open(`v1:${body.toString("base64url")}`)).toThrow();
    expect(() => open("13800000011")).toThrow();
  });

  it("hashes one value the same way every time, and two values differently", () => {
    expect(keyedHash("13800000011")).toBe(keyedHash("13800000011"));
    expect(keyedHash("13800000011")).not.toBe(keyedHash("13800000012"));
    expect(keyedHash("13800000011")).not.toContain("13800000011");
  });
});
