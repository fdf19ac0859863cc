import { DispatchMonthInput, SaveDispatchInput, StaleOwnedInput, UnitDispatchInput } from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";

import { dispatchOverview, saveDispatch, unitDispatch } from "../services/dispatch";
import { staleOwned } from "../services/opportunity/stale";
import { permitted } from "../trpc";

export const dispatchRouter = {
  unit: permitted("project.write")
    .input(UnitDispatchInput)
    .query(({ ctx, input }) => unitDispatch(ctx, input)),
  save: permitted("project.write")
    .input(SaveDispatchInput)
    .mutation(({ ctx, input }) => saveDispatch(ctx, input)),
  /** The unit's carriers and targets to confirm or update this month (older than the freshness limit). */
  stale: permitted("project.write")
    .input(StaleOwnedInput)
    .query(({ ctx, input }) => staleOwned(ctx, input)),
  overview: permitted("dispatch.overview")
    .input(DispatchMonthInput)
    .query(({ ctx, input }) => dispatchOverview(ctx, input)),
} satisfies TRPCRouterRecord;
