import type { SessionUser } from "@crm/auth";
import { eq, inArray, schema, writeAudit, type Database, type Executor } from "@crm/db";
import {
  DEFAULT_PROSPECT_WEIGHTS,
  DEFAULT_RESPONSE_POLICY,
  DEFAULT_SCORING_RULE,
  type ProspectWeights,
  type ResponsePolicy,
  type ScoringRule,
  type SetProspectWeightsInput,
  type SetResponsePolicyInput,
  type SetScoringRuleInput,
} from "@crm/domain";
import type { z } from "zod";

import type { AuthedContext } from "../../context";
import { conflict } from "../../errors";
import { updateWithVersion } from "../versioned-update";

const { settings } = schema;

/** Weights saved before a group or a key was added read the missing ones as their defaults. */
function withDefaultWeights(saved: Partial<ProspectWeights> | undefined): ProspectWeights {
  const d = DEFAULT_PROSPECT_WEIGHTS;
  return {
    chainFit: { ...d.chainFit, ...saved?.chainFit },
    size: { ...d.size, ...saved?.size },
    tags: { ...d.tags, ...saved?.tags },
    riskPerPoint: saved?.riskPerPoint ?? d.riskPerPoint,
  };
}

/** The bureau's rules with their versions; a rule never set reads as the default, version 1. */
export async function readPolicies(db: Executor) {
  const rows = await db
    .select()
    .from(settings)
    .where(inArray(settings.key, ["responsePolicy", "scoringRule", "prospectWeights"]));
  const row = (key: string) => rows.find((r) => r.key === key);
  return {
    responsePolicy: {
      // A policy saved before a limit was added reads that limit as its default.
      value: {
        ...DEFAULT_RESPONSE_POLICY,
        ...(row("responsePolicy")?.value as Partial<ResponsePolicy> | undefined),
      },
      version: row("responsePolicy")?.version ?? 1,
    },
    scoringRule: {
      // A rule saved before a figure was added scores that figure by its default.
      value: { ...DEFAULT_SCORING_RULE, ...(row("scoringRule")?.value as Partial<ScoringRule> | undefined) },
      version: row("scoringRule")?.version ?? 1,
    },
    prospectWeights: {
      value: withDefaultWeights(row("prospectWeights")?.value as Partial<ProspectWeights> | undefined),
      version: row("prospectWeights")?.version ?? 1,
    },
  };
}

/** The rules for the page that sets them. */
export async function getPolicies(ctx: AuthedContext) {
  return readPolicies(ctx.db);
}

/** The response policy that due dates come from. */
export async function loadPolicy(db: Executor): Promise<ResponsePolicy> {
  return (await readPolicies(db)).responsePolicy.value;
}

/** The scoring rule the bulletin ranks by. */
export async function loadScoringRule(db: Executor): Promise<ScoringRule> {
  return (await readPolicies(db)).scoringRule.value;
}

/** The weights target enterprises are ranked by (目标企业库). */
export async function loadProspectWeights(db: Executor): Promise<ProspectWeights> {
  return (await readPolicies(db)).prospectWeights.value;
}

type Key = "responsePolicy" | "scoringRule" | "prospectWeights" | "session" | "passwordPolicy" | "secondFactorPolicy";

/**
 * Replaces one setting if it still has the version the caller read (a setting never saved is
 * version 1). Audited with before and after; a stale copy gets CONFLICT and changes nothing.
 */
export async function saveSetting(
  db: Database,
  actor: SessionUser,
  key: Key,
  value: unknown,
  expected: number,
  ip: string | null,
) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(settings).where(eq(settings.key, key)).for("update");
    let version: number;
    if (before) {
      const row = await updateWithVersion(tx, settings, { key }, expected, { value });
      version = row.version;
    } else {
      if (expected !== 1) throw conflict();
      const [row] = await tx
        .insert(settings)
        .values({ key, value, version: 2 })
        .returning({ version: settings.version });
      version = row!.version;
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: `setting.${key}`,
      entity: "setting",
      entityId: key,
      before: before?.value ?? null,
      after: value,
      ip,
    });
    return { value, version };
  });
}

export const setResponsePolicy = (ctx: AuthedContext, input: z.infer<typeof SetResponsePolicyInput>) =>
  saveSetting(ctx.db, ctx.user, "responsePolicy", input.value, input.version, ctx.ip);

export const setScoringRule = (ctx: AuthedContext, input: z.infer<typeof SetScoringRuleInput>) =>
  saveSetting(ctx.db, ctx.user, "scoringRule", input.value, input.version, ctx.ip);

export const setProspectWeights = (ctx: AuthedContext, input: z.infer<typeof SetProspectWeightsInput>) =>
  saveSetting(ctx.db, ctx.user, "prospectWeights", input.value, input.version, ctx.ip);
