import { PIPELINE_STAGES, stageRank, stagesBetween, type PipelineStage, type Stage } from "@crm/domain";

import type { Move } from "./spec";

export interface ExpandedMove {
  from: Stage | null;
  to: Stage;
  on: string;
  note: string | null;
}

const isPipeline = (s: Stage | null): s is PipelineStage =>
  s !== null && (PIPELINE_STAGES as readonly string[]).includes(s);

/**
 * Every stage event a project's moves imply: a forward jump passes each stage between on the
 * same day (DOMAIN §2: moving past a stage records its date); paused and lost are single moves.
 */
export function expandMoves(moves: readonly Move[]): ExpandedMove[] {
  const out: ExpandedMove[] = [];
  let current: Stage | null = null;
  for (const [to, on, note] of moves) {
    if (isPipeline(to) && (current === null || (isPipeline(current) && stageRank(to) > stageRank(current)))) {
      const passed = stagesBetween(current as PipelineStage | null, to);
      const first = current === null ? passed.length - 1 : 0; // a project is first logged at the stage it starts in
      passed.slice(first).forEach((stage, i, list) => {
        out.push({ from: current, to: stage, on, note: i === list.length - 1 ? (note ?? null) : null });
        current = stage;
      });
    } else {
      out.push({ from: current, to, on, note: note ?? null });
      current = to;
    }
  }
  return out;
}

/** The dates a project's record keeps for the stages it passed. */
export function stageDates(events: readonly ExpandedMove[]) {
  const on = (stage: Stage) => events.find((e) => e.to === stage)?.on ?? null;
  return {
    signedOn: on("signed"),
    registeredOn: on("registered"),
    constructionStartedOn: on("under_construction"),
    productionStartedOn: on("in_production"),
    operatingSince: on("operating"),
  };
}
