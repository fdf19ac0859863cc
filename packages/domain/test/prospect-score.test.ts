import { describe, expect, it } from "vitest";

import {
  DEFAULT_PROSPECT_WEIGHTS,
  nodeStrengthOf,
  ProspectWeightsSchema,
  rankProspects,
  scoreProspect,
  type ProspectWeights,
} from "../src";

const base = { sizeBand: "medium", tags: [], riskPoints: 0 } as const;

describe("a target enterprise's score", () => {
  it("shows its parts: chain fit + size + qualifications − risk", () => {
    const s = scoreProspect(
      { strength: "weak", sizeBand: "large", tags: ["listed", "fortune500"], riskPoints: 2 },
      DEFAULT_PROSPECT_WEIGHTS,
    );
    expect(s).toEqual({
      chainFit: 20,
      size: 14,
      qualifications: 25,
      tagPoints: { listed: 10, fortune500: 15 },
      risk: 6,
      total: 20 + 14 + 25 - 6,
    });
  });

  it("fits a chain best where the node is missing, then weak, then strong", () => {
    const fit = (strength: "missing" | "weak" | "strong") =>
      scoreProspect({ ...base, strength }, DEFAULT_PROSPECT_WEIGHTS).chainFit;
    expect(fit("missing")).toBeGreaterThan(fit("weak"));
    expect(fit("weak")).toBeGreaterThan(fit("strong"));
    expect(scoreProspect({ ...base, strength: null }, DEFAULT_PROSPECT_WEIGHTS).chainFit).toBe(0);
  });

  it("counts each tag once, whatever the row holds", () => {
    const s = scoreProspect({ ...base, strength: null, tags: ["high_tech", "high_tech"] }, DEFAULT_PROSPECT_WEIGHTS);
    expect(s.qualifications).toBe(DEFAULT_PROSPECT_WEIGHTS.tags.high_tech);
  });

  it("ranks by the weights the bureau sets", () => {
    const rows = [
      { name: "甲", facts: { ...base, strength: "strong", tags: ["fortune500"] } as const },
      { name: "乙", facts: { ...base, strength: "missing" } as const },
    ];
    const rank = (w: ProspectWeights) =>
      rankProspects(rows.map((r) => ({ name: r.name, score: scoreProspect(r.facts, w) }))).map((r) => r.name);
    expect(rank(DEFAULT_PROSPECT_WEIGHTS)).toEqual(["乙", "甲"]);
    const tagsFirst = { ...DEFAULT_PROSPECT_WEIGHTS, tags: { ...DEFAULT_PROSPECT_WEIGHTS.tags, fortune500: 60 } };
    expect(rank(tagsFirst)).toEqual(["甲", "乙"]);
  });

  it("derives a node's strength simply from the enterprises here", () => {
    expect([0, 1, 2, 3, 10].map(nodeStrengthOf)).toEqual(["missing", "weak", "weak", "strong", "strong"]);
  });

  it("accepts the default weights and refuses negative or fractional ones", () => {
    expect(ProspectWeightsSchema.safeParse(DEFAULT_PROSPECT_WEIGHTS).success).toBe(true);
    const bad = { ...DEFAULT_PROSPECT_WEIGHTS, riskPerPoint: -1 };
    expect(ProspectWeightsSchema.safeParse(bad).success).toBe(false);
    const odd = { ...DEFAULT_PROSPECT_WEIGHTS, size: { ...DEFAULT_PROSPECT_WEIGHTS.size, small: 1.25 } };
    expect(ProspectWeightsSchema.safeParse(odd).success).toBe(false);
  });
});
