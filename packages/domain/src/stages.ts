/** Project stages in pipeline order (DOMAIN §2), then the two side states. */
export const PIPELINE_STAGES = [
  "planned",
  "reserve",
  "negotiating",
  "signed",
  "registered",
  "under_construction",
  "in_production",
  "operating",
] as const;
export const SIDE_STAGES = ["paused", "lost"] as const;
export const STAGES = [...PIPELINE_STAGES, ...SIDE_STAGES] as const;

export type PipelineStage = (typeof PIPELINE_STAGES)[number];
export type Stage = (typeof STAGES)[number];

/**
 * The stages' Chinese names in what the app writes for others to read: spreadsheets (export, import,
 * template) and group-robot posts. The pages word them through the message files (`stages`).
 */
export const STAGE_LABELS: Record<Stage, string> = {
  planned: "策划",
  reserve: "储备",
  negotiating: "在谈",
  signed: "签约",
  registered: "注册",
  under_construction: "开工",
  in_production: "投产",
  operating: "运营",
  paused: "暂缓",
  lost: "终止",
};

/** "落地" (landed) means registered or later. */
export const LANDED_STAGES: readonly Stage[] = ["registered", "under_construction", "in_production", "operating"];

export function isLanded(stage: Stage): boolean {
  return LANDED_STAGES.includes(stage);
}

/** Position in the pipeline, or -1 for paused/lost. */
export function stageRank(stage: Stage): number {
  return (PIPELINE_STAGES as readonly string[]).indexOf(stage);
}

/** The stages a forward move from `from` to `to` passes through, `to` included. */
export function stagesBetween(from: PipelineStage | null, to: PipelineStage): PipelineStage[] {
  const start = from === null ? 0 : stageRank(from) + 1;
  return PIPELINE_STAGES.slice(start, stageRank(to) + 1);
}
