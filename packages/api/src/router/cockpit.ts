import { CockpitInput, SaveTargetInput, TargetYearInput } from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";

import { cockpit } from "../services/cockpit/overview";
import { saveTarget, targetsOf } from "../services/cockpit/targets";
import { permitted } from "../trpc";

export const cockpitRouter = {
  overview: permitted("dashboard.read")
    .input(CockpitInput)
    .query(({ ctx, input }) => cockpit(ctx, input)),
  targets: permitted("target.write")
    .input(TargetYearInput)
    .query(({ ctx, input }) => targetsOf(ctx, input)),
  saveTarget: permitted("target.write")
    .input(SaveTargetInput)
    .mutation(({ ctx, input }) => saveTarget(ctx, input)),
} satisfies TRPCRouterRecord;
