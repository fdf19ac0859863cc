import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { maskPhone } from "../src";

describe("maskPhone", () => {
  it("shows a mobile's first three and last four digits, a landline's the same with its dash", () => {
    expect(maskPhone("13807340011")).toBe("138****0011");
    expect(maskPhone("0734-8123401")).toBe("073*-***3401");
    expect(maskPhone("12345")).toBe("***45");
    expect(maskPhone(null)).toBeNull();
  });

  it("never shows more than seven digits of a number, and keeps its length and separators", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9-]{0,20}$/), (phone) => {
        const masked = maskPhone(phone);
        expect(masked.length).toBe(phone.length);
        expect(masked.replace(/[^-]/g, "")).toBe(phone.replace(/[^-]/g, ""));
        const digits = phone.replace(/\D/g, "").length;
        expect(masked.replace(/\D/g, "").length).toBeLessThanOrEqual(Math.min(7, digits));
        if (digits >= 8) expect(masked.replace(/[^*]/g, "").length).toBe(digits - 7);
      }),
      { numRuns: 500 },
    );
  });
});
