import { z } from "zod";

import { CHAIN_STRENGTHS } from "../chains";
import { PROSPECT_SIZE_BANDS, PROSPECT_TAGS } from "../opportunities";
import { BULLETIN_METRICS } from "../scoring";
import { STAFF_ROLES } from "../org";
import { CalendarDate, Uuid } from "../schemas";
import { TASK_PRIORITIES } from "../tasks";

const version = z.number().int().positive();
const workingDays = z.number().int().min(1).max(120);

/** The bureau's response policy (DOMAIN §2), in working days. */
export const ResponsePolicySchema = z.object({
  firstResponseDays: workingDays,
  planDays: workingDays,
  progressEveryDays: workingDays,
  /** 自然日: a carrier or target its owner has not confirmed for longer than this is stale. */
  freshnessDays: z.number().int().min(7).max(365),
  /** 外出招商: the working days the unit a trip's lead went to has for its follow-up task. */
  tripFollowUpDays: workingDays,
  dueDays: z.object(
    Object.fromEntries(TASK_PRIORITIES.map((p) => [p, workingDays])) as Record<
      (typeof TASK_PRIORITIES)[number],
      typeof workingDays
    >,
  ),
});
export type ResponsePolicy = z.infer<typeof ResponsePolicySchema>;

/** Points per unit of each bulletin figure; negative for what takes points away. Two decimals at most. */
const points = z.number().min(-100).max(100).multipleOf(0.01);
export const ScoringRuleSchema = z.object(
  Object.fromEntries(BULLETIN_METRICS.map((m) => [m, points])) as Record<
    (typeof BULLETIN_METRICS)[number],
    typeof points
  >,
);
export type ScoringRule = z.infer<typeof ScoringRuleSchema>;

/**
 * 目标企业库's weights: points for chain fit by the node's strength, for size, per qualification tag,
 * and per risk point subtracted. Whole or half points, 0–100 (a risk point 0–20).
 */
const weight = z
  .number({ error: "prospects.weightInvalid" })
  .min(0, "prospects.weightInvalid")
  .max(100, "prospects.weightInvalid")
  .multipleOf(0.5, "prospects.weightInvalid");
const weightsOf = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, weight])) as Record<K, typeof weight>);
export const ProspectWeightsSchema = z.object({
  chainFit: weightsOf(CHAIN_STRENGTHS),
  size: weightsOf(PROSPECT_SIZE_BANDS),
  tags: weightsOf(PROSPECT_TAGS),
  riskPerPoint: weight.max(20, "prospects.weightInvalid"),
});
export type ProspectWeights = z.infer<typeof ProspectWeightsSchema>;
export const SetProspectWeightsInput = z.object({ value: ProspectWeightsSchema, version });
export type SetProspectWeightsInput = z.infer<typeof SetProspectWeightsInput>;

/** Sessions end after this long without use (the admin sets it) and, whatever happens, after 12 hours. */
export const SESSION_LIMITS = {
  defaultIdleMinutes: 30,
  minIdleMinutes: 5,
  maxIdleMinutes: 240,
  absoluteHours: 12,
} as const;
export const SessionPolicySchema = z.object({
  idleMinutes: z
    .number({ error: "session.idleInvalid" })
    .int("session.idleInvalid")
    .min(SESSION_LIMITS.minIdleMinutes, "session.idleInvalid")
    .max(SESSION_LIMITS.maxIdleMinutes, "session.idleInvalid"),
});
export type SessionPolicy = z.infer<typeof SessionPolicySchema>;
export const SetSessionPolicyInput = z.object({ value: SessionPolicySchema, version });
export type SetSessionPolicyInput = z.infer<typeof SetSessionPolicyInput>;

export const SetResponsePolicyInput = z.object({ value: ResponsePolicySchema, version });
export type SetResponsePolicyInput = z.infer<typeof SetResponsePolicyInput>;
export const SetScoringRuleInput = z.object({ value: ScoringRuleSchema, version });
export type SetScoringRuleInput = z.infer<typeof SetScoringRuleInput>;

export const CalendarYearInput = z.object({ year: z.number().int().min(2000).max(2100) });
/** A holiday (working: false) or a make-up working day on a weekend (调休, working: true). */
export const SetCalendarDayInput = z.object({
  day: CalendarDate,
  working: z.boolean(),
  note: z.string().trim().max(40).optional().nullable(),
  /** The day's version when changing one already kept; absent when adding. */
  version: version.optional(),
});
export type SetCalendarDayInput = z.infer<typeof SetCalendarDayInput>;
export const RemoveCalendarDayInput = z.object({ day: CalendarDate, version });
export type RemoveCalendarDayInput = z.infer<typeof RemoveCalendarDayInput>;

/**
 * A WeCom or DingTalk group-robot address, by its form only (https or http): this contract runs in
 * the browser too, which cannot know the hosts the operator allows. The server refuses http to an
 * unlisted host and private addresses when saving, and checks the resolved address when posting.
 */
export const WebhookUrl = z.url({ protocol: /^https?$/, error: "webhook.invalidUrl" }).max(500);
export const SetUnitWebhookInput = z.object({ unitId: Uuid, url: WebhookUrl, version: version.optional() });
export type SetUnitWebhookInput = z.infer<typeof SetUnitWebhookInput>;
export const RemoveUnitWebhookInput = z.object({ unitId: Uuid, version });
export type RemoveUnitWebhookInput = z.infer<typeof RemoveUnitWebhookInput>;

/** A post to a group robot: waiting (or retrying), delivered, or given up after the last attempt. */
export const WEBHOOK_DELIVERY_STATUSES = ["pending", "sent", "failed"] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

/**
 * The password policy (等保 level 3), set by the security administrator: the shortest length (10 at
 * least), the days a password lasts before it must be changed (0: never), and how many past
 * passwords a new one may not repeat. Three of four kinds of character, no common password, no
 * account name or mobile number hold whatever is set.
 */
export const PasswordPolicySchema = z.object({
  minLength: z.number().int().min(10).max(64),
  expiryDays: z.union([z.literal(0), z.number().int().min(30).max(365)]),
  historyCount: z.number().int().min(1).max(24),
});
export type PasswordPolicy = z.infer<typeof PasswordPolicySchema>;
export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = { minLength: 10, expiryDays: 90, historyCount: 5 };
export const SetPasswordPolicyInput = z.object({ value: PasswordPolicySchema, version });
export type SetPasswordPolicyInput = z.infer<typeof SetPasswordPolicyInput>;

/** Which roles must sign in with a second factor (staff roles only; the security administrator sets it). */
export const SecondFactorPolicySchema = z.object({
  requiredRoles: z.array(z.enum(STAFF_ROLES)).max(STAFF_ROLES.length),
});
export type SecondFactorPolicy = z.infer<typeof SecondFactorPolicySchema>;
export const SetSecondFactorPolicyInput = z.object({ value: SecondFactorPolicySchema, version });
export type SetSecondFactorPolicyInput = z.infer<typeof SetSecondFactorPolicyInput>;
