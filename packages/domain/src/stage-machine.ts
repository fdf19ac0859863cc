import type { MoveStageInput } from "./contracts/project";
import { isValidCreditCode } from "./credit-code";
import { isWanAmount, toCents } from "./money";
import { PIPELINE_STAGES, stageRank, stagesBetween, type PipelineStage, type Stage } from "./stages";

/**
 * The stage machine (DOMAIN §2). The server enforces it; the UI asks it what a move needs.
 * - Forward along the pipeline, any number of steps: each stage passed is recorded on the move's
 *   date; reaching 签约 needs the signing date and amount, reaching 注册 a valid credit code.
 * - Backward along the pipeline: needs a note.
 * - 暂缓 (paused) and 终止 (lost): from any stage that is not already that one, with a reason.
 * - Out of 暂缓 to a pipeline stage: resumes (forward rules apply from the last pipeline stage).
 * - Out of 终止: reopening needs a note.
 */
export type StageRequirement = "signedOn" | "signedAmount" | "creditCode" | "note" | "reason";

export interface StageMoveFacts {
  /** The stage now. */
  stage: Stage;
  /** For a paused or lost project: the pipeline stage it was in before. */
  lastPipelineStage: PipelineStage | null;
  signedOn: string | null;
  signedAmount: string | null;
  creditCode: string | null;
}

/** What a move asks for: the procedure's input without the project's id and version. */
export type StageMoveInput = Omit<MoveStageInput, "id" | "version">;

export type StageMoveError =
  | { code: "sameStage" }
  | { code: "missing"; fields: StageRequirement[] }
  | { code: "invalidCreditCode" }
  | { code: "invalidAmount" }
  | { code: "signedAfterMove" };

export interface StageMovePlan {
  direction: "forward" | "backward" | "side" | "resume" | "reopen";
  /** Every stage event to record, in order: [from, to]. */
  steps: [Stage, Stage][];
  /** Date fields the project gets (the date each newly reached stage was reached). */
  dates: Partial<
    Record<"signedOn" | "registeredOn" | "constructionStartedOn" | "productionStartedOn" | "operatingSince", string>
  >;
}

const DATE_FIELD: Partial<Record<PipelineStage, keyof StageMovePlan["dates"]>> = {
  signed: "signedOn",
  registered: "registeredOn",
  under_construction: "constructionStartedOn",
  in_production: "productionStartedOn",
  operating: "operatingSince",
};

const isPipeline = (s: Stage): s is PipelineStage => (PIPELINE_STAGES as readonly string[]).includes(s);
const filled = (v: string | null | undefined): v is string => typeof v === "string" && v.trim().length > 0;

/** What a move from the project's stage to `to` asks for (the form the UI opens). */
export function stageMoveRequirements(facts: StageMoveFacts, to: Stage): StageRequirement[] {
  if (to === facts.stage) return [];
  if (to === "paused" || to === "lost") return ["reason"];
  const from = facts.stage;
  if (from === "lost") return ["note"];
  const base = isPipeline(from) ? from : facts.lastPipelineStage;
  const target = to as PipelineStage;
  if (base !== null && stageRank(target) < stageRank(base)) return ["note"];
  // Only stages newly passed ask for their data: 签约 its date and amount, 注册 the credit code.
  const passes = (stage: PipelineStage) =>
    (base === null || stageRank(base) < stageRank(stage)) && stageRank(target) >= stageRank(stage);
  const needs: StageRequirement[] = [];
  if (passes("signed")) {
    if (!filled(facts.signedOn)) needs.push("signedOn");
    if (!filled(facts.signedAmount)) needs.push("signedAmount");
  }
  if (passes("registered") && !filled(facts.creditCode)) needs.push("creditCode");
  return needs;
}

/** Checks a move against the rules and plans its stage events; returns an error instead when it may not happen. */
export function planStageMove(facts: StageMoveFacts, input: StageMoveInput): StageMovePlan | StageMoveError {
  const { to } = input;
  const from = facts.stage;
  if (to === from) return { code: "sameStage" };
  const merged = {
    signedOn: filled(input.signedOn) ? input.signedOn : facts.signedOn,
    signedAmount: filled(input.signedAmount) ? input.signedAmount : facts.signedAmount,
    creditCode: filled(input.creditCode) ? input.creditCode : facts.creditCode,
  };
  const missing = stageMoveRequirements({ ...facts, ...merged }, to).filter((r) =>
    r === "note" || r === "reason" ? !filled(input.note) : true,
  );
  if (missing.length) return { code: "missing", fields: missing };
  if (filled(input.signedAmount) && (!isWanAmount(input.signedAmount) || toCents(input.signedAmount) <= 0n))
    return { code: "invalidAmount" };
  if (filled(input.creditCode) && !isValidCreditCode(input.creditCode)) return { code: "invalidCreditCode" };

  if (to === "paused" || to === "lost") return { direction: "side", steps: [[from, to]], dates: {} };
  if (from === "lost") return { direction: "reopen", steps: [[from, to]], dates: {} };

  const base = isPipeline(from) ? from : facts.lastPipelineStage;
  const target = to as PipelineStage;
  if (base !== null && stageRank(target) < stageRank(base))
    return { direction: "backward", steps: [[from, to]], dates: {} };

  // Forward (or resuming from 暂缓): one event per stage passed, all on the move's date.
  const passed = from === "paused" && base === target ? [target] : stagesBetween(base, target);
  if (passed.includes("signed") && merged.signedOn && merged.signedOn > input.on) return { code: "signedAfterMove" };
  const steps: [Stage, Stage][] = [];
  let current: Stage = from;
  for (const stage of passed) {
    steps.push([current, stage]);
    current = stage;
  }
  const dates: StageMovePlan["dates"] = {};
  for (const stage of passed) {
    const field = DATE_FIELD[stage];
    if (field) dates[field] = stage === "signed" ? merged.signedOn! : input.on;
  }
  return { direction: from === "paused" ? "resume" : "forward", steps, dates };
}

export function isStageMoveError(result: StageMovePlan | StageMoveError): result is StageMoveError {
  return "code" in result;
}
