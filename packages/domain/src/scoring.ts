import type { ScoringRule } from "./contracts/settings";

/**
 * 考核计分: the monthly bulletin's ranking (龙虎榜). The bureau sets points per item; overdue tasks,
 * leads past their deadline and projects not dispatched take points away. Scores are exact to two decimals.
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
  "overdueLeads",
  "notDispatched",
  "staleOpportunities",
] as const;
export type BulletinMetric = (typeof BULLETIN_METRICS)[number];

/**
 * Results first: a signing (20 points, plus 10 per 亿元) or a landing (20) outweighs the most a month's
 * missing updates, overdue tasks and overdue leads can take away (each counted up to PENALTY_COUNT_CAP items).
 */
export const DEFAULT_SCORING_RULE: ScoringRule = {
  newLeads: 2,
  movedForward: 3,
  signedCount: 20,
  signedAmountYi: 10,
  landedCount: 20,
  approvalsOnTime: 2,
  tasksDone: 2,
  overdueTasks: -2,
  overdueLeads: -2,
  notDispatched: -1,
  // Shown so that each unit sees what it has let go stale; the bureau may make it cost points.
  staleOpportunities: 0,
};

/**
 * A penalty counts at most this many items: a zone with many projects is not ranked below an idle
 * one for the size of its list; the bulletin still shows the full count.
 */
export const PENALTY_COUNT_CAP = 10;

/** The number of items a metric scores with: penalties stop at the cap, rewards do not. */
export const scoredCount = (value: number, weight: number) => (weight < 0 ? Math.min(value, PENALTY_COUNT_CAP) : value);

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
    const hundredths = BULLETIN_METRICS.reduce(
      (sum, m) => sum + Math.round(scoredCount(u.figures[m], rule[m]) * rule[m] * 100),
      0,
    );
    return { ...u, score: hundredths / 100 };
  });
  scored.sort((a, b) => b.score - a.score || a.unitName.localeCompare(b.unitName, "zh-CN"));
  return scored.map((u) => ({ ...u, rank: 1 + scored.filter((o) => o.score > u.score).length }));
}
