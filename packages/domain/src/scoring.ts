import type { ScoringRule } from "./contracts/settings";

/**
 * 考核计分: the monthly bulletin's ranking (龙虎榜). The bureau sets points per item; overdue tasks
 * and projects not dispatched take points away. Scores are exact to two decimals.
 */
export const BULLETIN_METRICS = [
  "newLeads",
  "movedForward",
  "signedCount",
  "signedAmountYi",
  "landedCount",
  "approvalsOnTime",
  "tasksDone",
  "overdueTasks",
  "notDispatched",
] as const;
export type BulletinMetric = (typeof BULLETIN_METRICS)[number];

export const DEFAULT_SCORING_RULE: ScoringRule = {
  newLeads: 2,
  movedForward: 3,
  signedCount: 10,
  signedAmountYi: 5,
  landedCount: 15,
  approvalsOnTime: 2,
  tasksDone: 2,
  overdueTasks: -5,
  notDispatched: -3,
};

export interface UnitFigures {
  unitId: string;
  unitName: string;
  figures: Record<BulletinMetric, number>;
}

export interface RankedUnit extends UnitFigures {
  score: number;
  rank: number;
}

/** Scores each unit and ranks them, best first; equal scores share a rank (1, 2, 2, 4), ordered by name. */
export function rankUnits(units: readonly UnitFigures[], rule: ScoringRule): RankedUnit[] {
  const scored = units.map((u) => {
    const hundredths = BULLETIN_METRICS.reduce((sum, m) => sum + Math.round(u.figures[m] * rule[m] * 100), 0);
    return { ...u, score: hundredths / 100 };
  });
  scored.sort((a, b) => b.score - a.score || a.unitName.localeCompare(b.unitName, "zh-CN"));
  return scored.map((u) => ({ ...u, rank: 1 + scored.filter((o) => o.score > u.score).length }));
}
