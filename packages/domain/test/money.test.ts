import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";

import { formatWan, fromCents, isWanAmount, sumWan, toCents } from "../src";

describe("amounts in 万元 and 亿元", () => {
  it("shows amounts below 1亿 in 万元 and from 1亿 up in 亿元", () => {
    expect(formatWan("3500")).toBe("3,500万元");
    expect(formatWan("3500.50")).toBe("3,500.5万元");
    expect(formatWan("0.01")).toBe("0.01万元");
    expect(formatWan("9999.99")).toBe("9,999.99万元");
    expect(formatWan("10000")).toBe("1亿元");
    expect(formatWan("640000.00")).toBe("64亿元");
    expect(formatWan("64500")).toBe("6.45亿元");
    expect(formatWan("12345678")).toBe("1,234.57亿元");
    expect(formatWan("-2500")).toBe("-2,500万元");
  });

  it("has an English form in millions and billions of yuan (1万 = ¥10,000)", () => {
    expect(formatWan("3500", "en")).toBe("¥35 million");
    expect(formatWan("7900", "en")).toBe("¥79 million");
    expect(formatWan("30000", "en")).toBe("¥300 million");
    expect(formatWan("640000", "en")).toBe("¥6.4 billion");
    expect(formatWan("43200.5", "en")).toBe("¥432.01 million");
    expect(formatWan("50", "en")).toBe("¥500,000");
    expect(formatWan("0.01", "en")).toBe("¥100");
    expect(formatWan("-2500", "en")).toBe("-¥25 million");
  });

  it("adds exactly, where floats would not", () => {
    expect(sumWan(["0.10", "0.20"])).toBe("0.30");
    expect(sumWan(["50000.00", "80000.00", "510000"])).toBe("640000.00");
  });

  it("refuses what is not an amount", () => {
    expect(isWanAmount("12.345")).toBe(false);
    expect(isWanAmount("1e5")).toBe(false);
    expect(isWanAmount("一百")).toBe(false);
    expect(() => toCents("abc")).toThrow(RangeError);
  });

  test.prop([fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n })])("round-trips through text", (cents) => {
    expect(toCents(fromCents(cents))).toBe(cents);
  });
});
