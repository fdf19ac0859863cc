import {
  CalendarYearInput,
  RemoveCalendarDayInput,
  RemoveUnitWebhookInput,
  SetCalendarDayInput,
  SetResponsePolicyInput,
  SetScoringRuleInput,
  SetUnitWebhookInput,
} from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";

import { calendarYear, removeCalendarDay, setCalendarDay } from "../services/settings/calendar-days";
import { readPolicies, setResponsePolicy, setScoringRule } from "../services/settings/policies";
import { listUnitWebhooks, removeUnitWebhook, setUnitWebhook } from "../services/settings/webhooks";
import { noInput, permitted } from "../trpc";

/** What the bureau and the admin configure: the response policy, the scoring rule, the calendar, robots. */
export const settingsRouter = {
  policies: permitted("policy.write")
    .input(noInput)
    .query(({ ctx }) => readPolicies(ctx.db)),
  setResponsePolicy: permitted("policy.write")
    .input(SetResponsePolicyInput)
    .mutation(({ ctx, input }) => setResponsePolicy(ctx.db, ctx.user, input, ctx.ip)),
  setScoringRule: permitted("policy.write")
    .input(SetScoringRuleInput)
    .mutation(({ ctx, input }) => setScoringRule(ctx.db, ctx.user, input, ctx.ip)),

  calendar: permitted("admin.dictionaries")
    .input(CalendarYearInput)
    .query(({ ctx, input }) => calendarYear(ctx.db, input.year)),
  setCalendarDay: permitted("admin.dictionaries")
    .input(SetCalendarDayInput)
    .mutation(({ ctx, input }) => setCalendarDay(ctx.db, ctx.user, input, ctx.ip)),
  removeCalendarDay: permitted("admin.dictionaries")
    .input(RemoveCalendarDayInput)
    .mutation(({ ctx, input }) => removeCalendarDay(ctx.db, ctx.user, input, ctx.ip)),

  webhooks: permitted("admin.units")
    .input(noInput)
    .query(({ ctx }) => listUnitWebhooks(ctx.db)),
  setWebhook: permitted("admin.units")
    .input(SetUnitWebhookInput)
    .mutation(({ ctx, input }) => setUnitWebhook(ctx.db, ctx.user, input, ctx.ip)),
  removeWebhook: permitted("admin.units")
    .input(RemoveUnitWebhookInput)
    .mutation(({ ctx, input }) => removeUnitWebhook(ctx.db, ctx.user, input, ctx.ip)),
} satisfies TRPCRouterRecord;
