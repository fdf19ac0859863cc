import { DispatchMonthInput, SaveDispatchInput, UnitDispatchInput } from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";

import { dispatchOverview, saveDispatch, unitDispatch } from "../services/dispatch";
import { permitted } from "../trpc";

export const dispatchRouter = {
  unit: permitted("project.write")
    .input(UnitDispatchInput)
    .query(({ ctx, input }) => unitDispatch(ctx, input)),
  save: permitted("project.write")
    .input(SaveDispatchInput)
    .mutation(({ ctx, input }) => saveDispatch(ctx, input)),
  overview: permitted("dispatch.overview")
    .input(DispatchMonthInput)
    .query(({ ctx, input }) => dispatchOverview(ctx, input)),
} satisfies TRPCRouterRecord;
