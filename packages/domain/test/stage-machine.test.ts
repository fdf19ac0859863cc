import { describe, expect, it } from "vitest";

import {
  isStageMoveError,
  planStageMove,
  stageMoveRequirements,
  STAGES,
  type Stage,
  type StageMoveFacts,
  type StageRequirement,
} from "../src";

/**
 * Every pair of stages, for a project that has no signing data and no credit code yet.
 * A paused project was paused while 在谈 (negotiating); a lost one was lost while 在谈.
 *   =  same stage: refused        .  forward, nothing needed
 *   S  forward, needs the signing date and amount      R  forward, needs those and the credit code
 *   C  forward, needs the credit code
 *   B  backward, needs a note     X  to paused/lost, needs a reason
 *   O  reopening from lost, needs a note               M  resuming from paused
 * Only stages newly passed ask for their data: past 签约 a project is not asked for it again.
 */
const MATRIX: Record<Stage, string> = {
  //          pl re ne si rg uc ip op pa lo
  planned: "  =  .  .  S  R  R  R  R  X  X",
  reserve: "  B  =  .  S  R  R  R  R  X  X",
  negotiating: "B  B  =  S  R  R  R  R  X  X",
  signed: "   B  B  B  =  C  C  C  C  X  X",
  registered: "B  B  B  B  =  .  .  .  X  X",
  under_construction: "B B B B  B  =  .  .  X  X",
  in_production: "B  B  B  B  B  B  =  .  X  X",
  operating: "B  B  B  B  B  B  B  =  X  X",
  paused: "   B  B  M  MS MR MR MR MR =  X",
  lost: "     O  O  O  O  O  O  O  O  X  =",
};

function cells(row: string) {
  return row.trim().split(/\s+/);
}

function factsFor(stage: Stage, known: Partial<StageMoveFacts> = {}): StageMoveFacts {
  return {
    stage,
    lastPipelineStage: stage === "paused" || stage === "lost" ? "negotiating" : null,
    signedOn: null,
    signedAmount: null,
    creditCode: null,
    ...known,
  };
}

const NEEDS: Record<string, StageRequirement[]> = {
  "=": [],
  ".": [],
  M: [],
  S: ["signedOn", "signedAmount"],
  MS: ["signedOn", "signedAmount"],
  R: ["signedOn", "signedAmount", "creditCode"],
  C: ["creditCode"],
  MR: ["signedOn", "signedAmount", "creditCode"],
  B: ["note"],
  O: ["note"],
  X: ["reason"],
};
const DIRECTION: Record<string, string> = {
  ".": "forward",
  C: "forward",
  S: "forward",
  R: "forward",
  B: "backward",
  X: "side",
  O: "reopen",
  M: "resume",
  MS: "resume",
  MR: "resume",
};

const VALID_CODE = "914403001922038216";
const everything = { note: "原因说明", signedOn: "2024-07-17", signedAmount: "52000", creditCode: VALID_CODE };

describe("the stage machine, pair by pair", () => {
  for (const from of STAGES) {
    const row = cells(MATRIX[from]);
    it(`from ${from}`, () => {
      expect(row).toHaveLength(STAGES.length);
      STAGES.forEach((to, i) => {
        const cell = row[i]!;
        const facts = factsFor(from);
        expect(stageMoveRequirements(facts, to), `${from} → ${to}`).toEqual(NEEDS[cell]);
        if (cell === "=") {
          expect(planStageMove(facts, { to, on: "2024-08-01", ...everything }), `${from} → ${to}`).toEqual({
            code: "sameStage",
          });
          return;
        }
        // With nothing given, a move that needs something is refused and names what is missing.
        const bare = planStageMove(facts, { to, on: "2024-08-01" });
        if (NEEDS[cell]!.length) expect(bare, `${from} → ${to}`).toEqual({ code: "missing", fields: NEEDS[cell] });
        // With everything given it goes ahead, in the expected direction.
        const plan = planStageMove(facts, { to, on: "2024-08-01", ...everything });
        expect(isStageMoveError(plan), `${from} → ${to}: ${JSON.stringify(plan)}`).toBe(false);
        if (!isStageMoveError(plan)) expect(plan.direction, `${from} → ${to}`).toBe(DIRECTION[cell]);
      });
    });
  }
});

describe("what a move records", () => {
  it("records every stage passed on a jump forward, with the signing date for 签约", () => {
    const plan = planStageMove(factsFor("negotiating"), {
      to: "registered",
      on: "2024-08-09",
      signedOn: "2024-07-17",
      signedAmount: "52000",
      creditCode: VALID_CODE,
    });
    expect(plan).toEqual({
      direction: "forward",
      steps: [
        ["negotiating", "signed"],
        ["signed", "registered"],
      ],
      dates: { signedOn: "2024-07-17", registeredOn: "2024-08-09" },
    });
  });

  it("asks nothing more of a project that already has its signing data and credit code", () => {
    const facts = factsFor("signed", { signedOn: "2024-07-17", signedAmount: "52000.00", creditCode: VALID_CODE });
    expect(stageMoveRequirements(facts, "operating")).toEqual([]);
  });

  it("refuses a bad credit code, a bad amount, and a signing dated after the move", () => {
    const facts = factsFor("signed", { signedOn: "2024-07-17", signedAmount: "52000" });
    expect(planStageMove(facts, { to: "registered", on: "2024-08-09", creditCode: "914403001922038217" })).toEqual({
      code: "invalidCreditCode",
    });
    expect(
      planStageMove(factsFor("negotiating"), {
        to: "signed",
        on: "2024-08-09",
        signedOn: "2024-07-17",
        signedAmount: "五万",
      }),
    ).toEqual({ code: "invalidAmount" });
    expect(
      planStageMove(factsFor("negotiating"), {
        to: "signed",
        on: "2024-08-09",
        signedOn: "2024-07-17",
        signedAmount: "-1",
      }),
    ).toEqual({ code: "invalidAmount" });
    expect(
      planStageMove(factsFor("negotiating"), {
        to: "signed",
        on: "2024-07-01",
        signedOn: "2024-07-17",
        signedAmount: "100",
      }),
    ).toEqual({ code: "signedAfterMove" });
  });

  it("resumes a paused project at the stage it was paused in, or further", () => {
    expect(planStageMove(factsFor("paused"), { to: "negotiating", on: "2025-01-02" })).toEqual({
      direction: "resume",
      steps: [["paused", "negotiating"]],
      dates: {},
    });
    expect(planStageMove(factsFor("paused"), { to: "reserve", on: "2025-01-02", note: "退回储备" })).toMatchObject({
      direction: "backward",
    });
  });

  it("does not take a blank note as a reason", () => {
    expect(planStageMove(factsFor("reserve"), { to: "lost", on: "2025-01-02", note: "   " })).toEqual({
      code: "missing",
      fields: ["reason"],
    });
  });
});
