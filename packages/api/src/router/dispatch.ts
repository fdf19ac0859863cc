import { DispatchMonthInput, SaveDispatchInput, UnitDispatchInput } from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";

import { dispatchOverview, saveDispatch, unitDispatch } from "../services/dispatch";
import { permitted } from "../trpc";

export const dispatchRouter = {
  unit: permitted("project.write")
    .input(UnitDispatchInput)
    .query(({ ctx, input }) => unitDispatch(ctx.db, ctx.user, input.month, input.unitId)),
  save: permitted("project.write")
    .input(SaveDispatchInput)
    .mutation(({ ctx, input }) => saveDispatch(ctx.db, ctx.user, input, ctx.ip)),
  overview: permitted("dispatch.overview")
    .input(DispatchMonthInput)
    .query(({ ctx, input }) => dispatchOverview(ctx.db, input.month)),
} satisfies TRPCRouterRecord;
