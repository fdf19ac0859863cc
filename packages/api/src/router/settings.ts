import {
  CalendarYearInput,
  RemoveCalendarDayInput,
  RemoveUnitWebhookInput,
  SetCalendarDayInput,
  SetProspectWeightsInput,
  SetResponsePolicyInput,
  SetScoringRuleInput,
  SetUnitWebhookInput,
} from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";

import { calendarYear, removeCalendarDay, setCalendarDay } from "../services/settings/calendar-days";
import { getPolicies, setProspectWeights, setResponsePolicy, setScoringRule } from "../services/settings/policies";
import { listUnitWebhooks, removeUnitWebhook, setUnitWebhook } from "../services/settings/webhooks";
import { noInput, permitted } from "../trpc";

/** What the bureau configures (the response policy, the scoring rule) and the system administrator keeps (the calendar, robots). */
export const settingsRouter = {
  policies: permitted("policy.write")
    .input(noInput)
    .query(({ ctx }) => getPolicies(ctx)),
  setResponsePolicy: permitted("policy.write")
    .input(SetResponsePolicyInput)
    .mutation(({ ctx, input }) => setResponsePolicy(ctx, input)),
  setScoringRule: permitted("policy.write")
    .input(SetScoringRuleInput)
    .mutation(({ ctx, input }) => setScoringRule(ctx, input)),
  setProspectWeights: permitted("policy.write")
    .input(SetProspectWeightsInput)
    .mutation(({ ctx, input }) => setProspectWeights(ctx, input)),

  calendar: permitted("admin.dictionaries")
    .input(CalendarYearInput)
    .query(({ ctx, input }) => calendarYear(ctx, input)),
  setCalendarDay: permitted("admin.dictionaries")
    .input(SetCalendarDayInput)
    .mutation(({ ctx, input }) => setCalendarDay(ctx, input)),
  removeCalendarDay: permitted("admin.dictionaries")
    .input(RemoveCalendarDayInput)
    .mutation(({ ctx, input }) => removeCalendarDay(ctx, input)),

  webhooks: permitted("admin.units")
    .input(noInput)
    .query(({ ctx }) => listUnitWebhooks(ctx)),
  setWebhook: permitted("admin.units")
    .input(SetUnitWebhookInput)
    .mutation(({ ctx, input }) => setUnitWebhook(ctx, input)),
  removeWebhook: permitted("admin.units")
    .input(RemoveUnitWebhookInput)
    .mutation(({ ctx, input }) => removeUnitWebhook(ctx, input)),
} satisfies TRPCRouterRecord;
