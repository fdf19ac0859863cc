/**
 * How well the district covers a node of a chain's map (强链·补链·延链, DOMAIN §2): a rule on the
 * enterprises already here, whose inputs are shown beside the result, and which the bureau may
 * override with a reason.
 */

import { CHAIN_STRENGTHS, type ChainStrength } from "./chains";
import { PIPELINE_STAGES, isLanded, stageRank, type Stage } from "./stages";

/** A node is strong with at least this many enterprises here… */
export const STRONG_MIN_ENTERPRISES = 2;
/** …of which at least this many are large (四上 above designated size, or a 500强). */
export const STRONG_MIN_LARGE = 1;

/** The scale facts of one enterprise at a node. */
export interface NodeEnterpriseFacts {
  /** A 四上 enterprise (above designated size): `aboveScaleSince` is set. */
  aboveScale: boolean;
  /** Tagged 500强. */
  fortune500?: boolean;
}

export interface StrengthOverride {
  strength: ChainStrength;
  reason: string;
}

export interface NodeStrength {
  /** What the map shows: the bureau's override where there is one, else the derived strength. */
  strength: ChainStrength;
  /** What the rule says. */
  derived: ChainStrength;
  /** The rule's inputs, shown beside it. */
  inputs: { enterprises: number; large: number };
  /** The bureau's override and its reason, or null. */
  override: StrengthOverride | null;
}

export const isLargeEnterprise = (e: NodeEnterpriseFacts) => e.aboveScale || e.fortune500 === true;

/**
 * No enterprise here → 缺 (missing); fewer than STRONG_MIN_ENTERPRISES, or fewer than
 * STRONG_MIN_LARGE large ones → 弱 (weak); else 强 (strong). An override replaces the shown
 * strength but never the derived one.
 */
export function nodeStrength(input: {
  enterprises: readonly NodeEnterpriseFacts[];
  override?: StrengthOverride | null;
}): NodeStrength {
  const count = input.enterprises.length;
  const large = input.enterprises.filter(isLargeEnterprise).length;
  const derived: ChainStrength =
    count === 0 ? "missing" : count < STRONG_MIN_ENTERPRISES || large < STRONG_MIN_LARGE ? "weak" : "strong";
  const override = input.override ?? null;
  return { strength: override?.strength ?? derived, derived, inputs: { enterprises: count, large }, override };
}

/** The same rule on counts already made in SQL. */
export function strengthFromCounts(
  enterprises: number,
  large: number,
  override?: StrengthOverride | null,
): NodeStrength {
  const facts = Array.from({ length: enterprises }, (_, i) => ({ aboveScale: i < large }));
  return nodeStrength({ enterprises: facts, override });
}

/** 强, 弱, 缺: the words the map writes beside a colour (never colour alone). */
export const STRENGTH_LABELS: Record<ChainStrength, string> = { strong: "强", weak: "弱", missing: "缺" };
export const isChainStrength = (v: string): v is ChainStrength => (CHAIN_STRENGTHS as readonly string[]).includes(v);

/**
 * The gap loop's funnel (DOMAIN §2, issue 14): targets → leads raised from them → 在谈 → 签约 → 落地.
 * Each later step counts the projects that have reached that stage (a signed project was also in
 * talks); paused or lost projects count only as leads.
 */
export interface GapFunnel {
  targets: number;
  leads: number;
  negotiating: number;
  signed: number;
  landed: number;
}

export const EMPTY_FUNNEL: GapFunnel = { targets: 0, leads: 0, negotiating: 0, signed: 0, landed: 0 };

const NEGOTIATING_RANK = PIPELINE_STAGES.indexOf("negotiating");
const SIGNED_RANK = PIPELINE_STAGES.indexOf("signed");

/** One target: whether it raised a lead, and the stage of that lead's project (null when none yet). */
export interface GapTarget {
  leadId: string | null;
  projectStage: Stage | null;
}

export function gapFunnel(targets: readonly GapTarget[]): GapFunnel {
  const f = { ...EMPTY_FUNNEL, targets: targets.length };
  for (const t of targets) {
    if (!t.leadId) continue;
    f.leads++;
    if (!t.projectStage) continue;
    const rank = stageRank(t.projectStage);
    if (rank >= NEGOTIATING_RANK) f.negotiating++;
    if (rank >= SIGNED_RANK) f.signed++;
    if (isLanded(t.projectStage)) f.landed++;
  }
  return f;
}
