import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";

import {
  canTransition,
  DEFAULT_RESPONSE_POLICY,
  DEFAULT_SCORING_RULE,
  DEMO_HOLIDAYS,
  isOverdue,
  rankUnits,
  taskDeadlines,
  WorkingCalendar,
  type BulletinMetric,
} from "../src";

describe("overdue", () => {
  it("is derived: owed work past its due date, and nothing else", () => {
    expect(isOverdue({ status: "open", dueOn: "2026-11-20" }, "2026-11-25")).toBe(true);
    expect(isOverdue({ status: "in_progress", dueOn: "2026-11-25" }, "2026-11-25")).toBe(false); // due today is not late yet
    expect(isOverdue({ status: "reported", dueOn: "2026-11-01" }, "2026-11-25")).toBe(false); // the assigner's turn
    expect(isOverdue({ status: "done", dueOn: "2026-11-01" }, "2026-11-25")).toBe(false);
    expect(isOverdue({ status: "cancelled", dueOn: "2026-11-01" }, "2026-11-25")).toBe(false);
  });
});

describe("the response policy", () => {
  it("sets a task's deadlines in working days", () => {
    const cal = new WorkingCalendar(DEMO_HOLIDAYS);
    expect(taskDeadlines("2026-09-30", "urgent", DEFAULT_RESPONSE_POLICY, cal)).toEqual({
      firstResponseBy: "2026-10-08", // National Day holidays 10-01 … 10-07
      planBy: "2026-10-10", // a make-up Saturday counts
      dueOn: "2026-10-13",
    });
  });

  it("lets each party move only from the right status", () => {
    expect(canTransition("report", "in_progress")).toBe(true);
    expect(canTransition("accept", "in_progress")).toBe(false);
    expect(canTransition("sendBack", "reported")).toBe(true);
    expect(canTransition("reply", "done")).toBe(false);
  });
});

describe("the scoring rule", () => {
  const zero = Object.fromEntries(Object.keys(DEFAULT_SCORING_RULE).map((k) => [k, 0])) as Record<
    BulletinMetric,
    number
  >;
  it("adds points per item and takes them away for overdue work", () => {
    const ranked = rankUnits(
      [
        {
          unitId: "a",
          unitName: "园区专班",
          figures: { ...zero, signedCount: 2, signedAmountYi: 10.4, landedCount: 1, overdueTasks: 1 },
        },
        { unitId: "b", unitName: "街区专班", figures: { ...zero, newLeads: 3, movedForward: 4, notDispatched: 2 } },
        { unitId: "c", unitName: "商区专班", figures: { ...zero, movedForward: 4, newLeads: 3, notDispatched: 2 } },
      ],
      DEFAULT_SCORING_RULE,
    );
    // 园区: 2×20 + 10.4×10 + 1×20 − 1×2 = 162; 街区 and 商区: 3×2 + 4×3 − 2×1 = 16 each.
    expect(ranked.map((r) => [r.unitName, r.score, r.rank])).toEqual([
      ["园区专班", 162, 1],
      ["街区专班", 16, 2], // equal scores share the rank, in pinyin order (jie before shang)
      ["商区专班", 16, 2],
    ]);
  });

  it("counts a penalty up to the cap: a long list of projects not dispatched does not outweigh results", () => {
    const [busy, idle] = rankUnits(
      [
        {
          unitId: "a",
          unitName: "园区专班",
          figures: { ...zero, signedCount: 1, signedAmountYi: 4.32, notDispatched: 58 },
        },
        { unitId: "b", unitName: "景区专班", figures: { ...zero, notDispatched: 0 } },
      ],
      DEFAULT_SCORING_RULE,
    );
    // 1×20 + 4.32×10 − min(58, 10)×1 = 53.2: November's only signing zone ranks first.
    expect([busy!.unitName, busy!.score, idle!.unitName, idle!.score]).toEqual(["园区专班", 53.2, "景区专班", 0]);
  });

  test.prop([
    fc.integer({ min: 0, max: 500 }),
    fc.integer({ min: 0, max: 500 }),
    fc.integer({ min: 0, max: 500 }),
    fc.integer({ min: 0, max: 500 }),
    fc.double({ min: 1, max: 100, noNaN: true }),
  ])(
    "ranks a zone with a signing of at least 1亿 no lower than a zone with no results, whatever the penalties",
    (overdueA, notDispatchedA, overdueB, notDispatchedB, yi) => {
      const ranked = rankUnits(
        [
          {
            unitId: "a",
            unitName: "甲",
            figures: {
              ...zero,
              signedCount: 1,
              signedAmountYi: yi,
              overdueTasks: overdueA,
              notDispatched: notDispatchedA,
            },
          },
          { unitId: "b", unitName: "乙", figures: { ...zero, overdueTasks: overdueB, notDispatched: notDispatchedB } },
        ],
        DEFAULT_SCORING_RULE,
      );
      const a = ranked.find((r) => r.unitId === "a")!;
      const b = ranked.find((r) => r.unitId === "b")!;
      expect(a.score).toBeGreaterThanOrEqual(b.score);
    },
  );

  it("is exact to two decimals", () => {
    const [only] = rankUnits([{ unitId: "a", unitName: "甲", figures: { ...zero, signedAmountYi: 0.1 + 0.2 } }], {
      ...DEFAULT_SCORING_RULE,
      signedAmountYi: 3,
    });
    expect(only!.score).toBe(0.9);
  });
});
