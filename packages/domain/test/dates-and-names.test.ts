import { describe, expect, it } from "vitest";

import { formatDate, formatDateTime, stagesBetween, todayInShanghai } from "../src";

describe("dates in Asia/Shanghai", () => {
  it("formats calendar dates the Chinese way", () => {
    expect(formatDate("2024-07-17")).toBe("2024年7月17日");
    expect(formatDate("2024-07-17", "en")).toBe("2024-07-17");
  });

  it("puts an instant on Shanghai's calendar, whatever the server's zone", () => {
    // 2024-11-21 16:30 UTC is already the 22nd in Shanghai.
    expect(formatDateTime(new Date("2024-11-21T16:30:00Z"))).toBe("2024年11月22日 00:30");
    expect(formatDateTime(new Date("2024-11-21T16:30:07Z"), "zh-CN", { seconds: true })).toBe(
      "2024年11月22日 00:30:07",
    );
    expect(formatDateTime(new Date("2024-11-21T16:30:07Z"), "en", { seconds: true })).toBe("2024-11-22 00:30:07");
    expect(todayInShanghai(new Date("2024-12-31T16:00:00Z"))).toBe("2025-01-01");
  });
});

describe("stages", () => {
  it("lists the stages a forward move passes", () => {
    expect(stagesBetween("negotiating", "registered")).toEqual(["signed", "registered"]);
    expect(stagesBetween(null, "reserve")).toEqual(["planned", "reserve"]);
  });
});
