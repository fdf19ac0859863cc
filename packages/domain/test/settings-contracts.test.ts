import { describe, expect, it } from "vitest";

import {
  DEFAULT_RESPONSE_POLICY,
  DEFAULT_SCORING_RULE,
  ResponsePolicySchema,
  ScoringRuleSchema,
  WebhookUrl,
} from "../src";

describe("the bureau's settings as input", () => {
  it("takes points with at most two decimals, negative ones included", () => {
    for (const v of [0.29, 1.15, -2.35, 33.33, 0.07, -5, 0])
      expect(ScoringRuleSchema.safeParse({ ...DEFAULT_SCORING_RULE, newLeads: v }).success, String(v)).toBe(true);
    for (const v of [0.123, 100.5, Number.NaN])
      expect(ScoringRuleSchema.safeParse({ ...DEFAULT_SCORING_RULE, newLeads: v }).success, String(v)).toBe(false);
  });

  it("refuses a rule with a figure missing", () => {
    const { tasksDone: _dropped, ...rest } = DEFAULT_SCORING_RULE;
    expect(ScoringRuleSchema.safeParse(rest).success).toBe(false);
  });

  it("takes the default policy and refuses zero or fractional working days", () => {
    expect(ResponsePolicySchema.parse(DEFAULT_RESPONSE_POLICY)).toEqual(DEFAULT_RESPONSE_POLICY);
    expect(ResponsePolicySchema.safeParse({ ...DEFAULT_RESPONSE_POLICY, planDays: 0 }).success).toBe(false);
    expect(
      ResponsePolicySchema.safeParse({
        ...DEFAULT_RESPONSE_POLICY,
        dueDays: { ...DEFAULT_RESPONSE_POLICY.dueDays, urgent: 2.5 },
      }).success,
    ).toBe(false);
  });

  it("takes a group robot's address by its form: https or http, nothing else", () => {
    expect(WebhookUrl.safeParse("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc").success).toBe(true);
    expect(WebhookUrl.safeParse("http://127.0.0.1:4010/hook").success).toBe(true);
    // Form only: which http hosts are allowed is the server's to decide (it reads the environment).
    expect(WebhookUrl.safeParse("http://example.com/hook").success).toBe(true);
    expect(WebhookUrl.safeParse("ftp://example.com/hook").success).toBe(false);
    expect(WebhookUrl.safeParse("不是网址").success).toBe(false);
  });
});
