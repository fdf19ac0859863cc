import type { ChainStrength } from "./chains";
import type { ProspectWeights } from "./contracts/settings";
import { PROSPECT_TAGS, type ProspectSizeBand, type ProspectTag } from "./opportunities";

/**
 * 目标企业库: how a target enterprise ranks. Its score is shown with its parts —
 * chain fit + size + qualifications − risk — each under weights the bureau sets (settings
 * `prospectWeights`). Chain fit is higher the weaker the node it would strengthen (缺 > 弱 > 强).
 */

/**
 * Missing counts most, then weak; a strong node still gains a little (强链). A target not yet tied
 * to a node scores no chain fit: tying it to one is how it earns that part.
 */
export const DEFAULT_PROSPECT_WEIGHTS: ProspectWeights = {
  chainFit: { missing: 30, weak: 20, strong: 5 },
  size: { small: 3, medium: 8, large: 14, giant: 20 },
  tags: { listed: 10, specialized: 6, little_giant: 10, high_tech: 5, fortune500: 15 },
  riskPerPoint: 3,
};

/**
 * A node's strength from the enterprises already here when no other rule is at hand: none → 缺,
 * one or two → 弱, more → 强. (The chain map's own strength rule may replace it; the bureau's
 * override, where it has one, wins over either.)
 */
export function nodeStrengthOf(enterpriseCount: number): ChainStrength {
  if (enterpriseCount <= 0) return "missing";
  if (enterpriseCount <= 2) return "weak";
  return "strong";
}

export interface ProspectFacts {
  /** The strength of the node it would strengthen; null when it is tied to the chain only. */
  strength: ChainStrength | null;
  sizeBand: ProspectSizeBand;
  tags: readonly ProspectTag[];
  /** 0–10 points the bureau subtracts (litigation, debt, relocation history). */
  riskPoints: number;
}

export interface ProspectScore {
  chainFit: number;
  size: number;
  /** Sum of the tags' points; `tagPoints` shows each. */
  qualifications: number;
  tagPoints: Partial<Record<ProspectTag, number>>;
  /** Subtracted (a positive number). */
  risk: number;
  total: number;
}

/** Exact to two decimals, as the bulletin's scores are. */
const hundredths = (n: number) => Math.round(n * 100);

export function scoreProspect(facts: ProspectFacts, weights: ProspectWeights): ProspectScore {
  const chainFit = facts.strength ? weights.chainFit[facts.strength] : 0;
  const size = weights.size[facts.sizeBand];
  const tagPoints: Partial<Record<ProspectTag, number>> = {};
  // Each tag once, in the list's order, whatever order or repetition the row holds.
  for (const tag of PROSPECT_TAGS) if (facts.tags.includes(tag)) tagPoints[tag] = weights.tags[tag];
  const qualifications = Object.values(tagPoints).reduce((s, p) => s + hundredths(p), 0) / 100;
  const risk = hundredths(Math.max(0, facts.riskPoints) * weights.riskPerPoint) / 100;
  const total = (hundredths(chainFit) + hundredths(size) + hundredths(qualifications) - hundredths(risk)) / 100;
  return { chainFit, size, qualifications, tagPoints, risk, total };
}

/** Best first; equal scores by name (pinyin order as the caller's locale sorts). */
export function rankProspects<T extends { score: ProspectScore; name: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => b.score.total - a.score.total || a.name.localeCompare(b.name, "zh-CN"));
}
