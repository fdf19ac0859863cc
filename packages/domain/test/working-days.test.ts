import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";

import { DEMO_HOLIDAYS, WorkingCalendar } from "../src";

const cal = new WorkingCalendar(DEMO_HOLIDAYS);

describe("working days", () => {
  it("knows weekends, holidays and make-up working days (调休)", () => {
    expect(cal.isWorkingDay("2025-01-27")).toBe(true); // Monday before the Spring Festival
    expect(cal.isWorkingDay("2025-01-26")).toBe(true); // a Sunday made a working day
    expect(cal.isWorkingDay("2025-01-28")).toBe(false); // 除夕
    expect(cal.isWorkingDay("2025-02-04")).toBe(false);
    expect(cal.isWorkingDay("2025-02-08")).toBe(true); // a Saturday made a working day
    expect(cal.isWorkingDay("2025-02-09")).toBe(false); // an ordinary Sunday
  });

  it("counts a time limit across the 2025 Spring Festival", () => {
    // Assigned on Friday 2025-01-24 with 3 working days: Sun 26 (调休), Mon 27, then the holiday
    // runs to Tue 2-04, so the third working day is Wed 2-05.
    expect(cal.addWorkingDays("2025-01-24", 3)).toBe("2025-02-05");
    expect(cal.addWorkingDays("2025-01-24", 1)).toBe("2025-01-26");
    expect(cal.workingDaysBetween("2025-01-24", "2025-02-05")).toBe(3);
  });

  it("counts across the 2026 Spring Festival and its two make-up Saturdays", () => {
    // Fri 2-13 + 1 = Sat 2-14 (调休); + 2 skips 2-15 … 2-23 to Tue 2-24.
    expect(cal.addWorkingDays("2026-02-13", 1)).toBe("2026-02-14");
    expect(cal.addWorkingDays("2026-02-13", 2)).toBe("2026-02-24");
    expect(cal.addWorkingDays("2026-02-27", 1)).toBe("2026-02-28");
  });

  it("a plain week without holidays is five days", () => {
    const plain = new WorkingCalendar({ holidays: [], workdays: [] });
    expect(plain.addWorkingDays("2026-11-20", 5)).toBe("2026-11-27");
    expect(plain.workingDaysBetween("2026-11-20", "2026-11-27")).toBe(5);
  });

  test.prop([
    fc.date({ min: new Date("2025-01-01"), max: new Date("2026-12-01"), noInvalidDate: true }),
    fc.nat({ max: 60 }),
  ])("adding n working days lands on a working day n working days later", (d, n) => {
    const start = d.toISOString().slice(0, 10);
    const due = cal.addWorkingDays(start, n);
    expect(cal.workingDaysBetween(start, due)).toBe(n);
    if (n > 0) expect(cal.isWorkingDay(due)).toBe(true);
  });
});
