import { describe, expect, it } from "vitest";

import {
  gapFunnel,
  nodeStrength,
  STRONG_MIN_ENTERPRISES,
  STRONG_MIN_LARGE,
  strengthFromCounts,
} from "../src/chain-strength";

const small = { aboveScale: false };
const large = { aboveScale: true };

describe("nodeStrength", () => {
  it("no enterprise here is missing", () => {
    expect(nodeStrength({ enterprises: [] })).toEqual({
      strength: "missing",
      derived: "missing",
      inputs: { enterprises: 0, large: 0 },
      override: null,
    });
  });

  it("one small enterprise (金鼎 at 深加工) is weak", () => {
    expect(nodeStrength({ enterprises: [small] }).strength).toBe("weak");
  });

  it("too few is weak even when large", () => {
    expect(STRONG_MIN_ENTERPRISES).toBeGreaterThan(1);
    expect(nodeStrength({ enterprises: [large] }).strength).toBe("weak");
  });

  it("many but all small is weak", () => {
    expect(STRONG_MIN_LARGE).toBe(1);
    expect(nodeStrength({ enterprises: [small, small, small, small] }).derived).toBe("weak");
  });

  it("enough with a large one (衡钢, 华菱钢管) is strong; a 500强 counts as large", () => {
    const r = nodeStrength({ enterprises: [large, small] });
    expect(r).toMatchObject({ strength: "strong", inputs: { enterprises: 2, large: 1 } });
    expect(nodeStrength({ enterprises: [small, { aboveScale: false, fortune500: true }] }).strength).toBe("strong");
  });

  it("the bureau's override is shown, the derived strength kept beside it", () => {
    const r = nodeStrength({ enterprises: [small], override: { strength: "strong", reason: "龙头在建" } });
    expect(r).toMatchObject({ strength: "strong", derived: "weak", override: { reason: "龙头在建" } });
  });

  it("counts from SQL give the same answer", () => {
    expect(strengthFromCounts(3, 1)).toEqual(nodeStrength({ enterprises: [large, small, small] }));
    expect(strengthFromCounts(0, 0).strength).toBe("missing");
  });
});

describe("gapFunnel", () => {
  it("counts targets, leads and the stages their projects reached", () => {
    expect(
      gapFunnel([
        { leadId: null, projectStage: null },
        { leadId: "a", projectStage: null },
        { leadId: "b", projectStage: "negotiating" },
        { leadId: "c", projectStage: "signed" },
        { leadId: "d", projectStage: "operating" },
        { leadId: "e", projectStage: "lost" },
      ]),
    ).toEqual({ targets: 6, leads: 5, negotiating: 3, signed: 2, landed: 1 });
  });
});
