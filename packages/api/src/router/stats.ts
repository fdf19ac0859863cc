import { todayInShanghai } from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import { newAboveScaleInYear, signedInYear, stageCountsAsOf } from "../services/stats/year-figures";
import { permitted } from "../trpc";

const YearInput = z.object({ year: z.number().int().min(2000).max(2100) });

export const statsRouter = {
  /** A year's headline figures: signings, 500强, 四上, and the stages as of the year's end (or today). */
  year: permitted("dashboard.read")
    .input(YearInput)
    .query(async ({ ctx, input }) => {
      const today = todayInShanghai(ctx.now());
      const asOf = `${input.year}-12-31` < today ? `${input.year}-12-31` : today;
      const [signed, stages, newAboveScale] = await Promise.all([
        signedInYear(ctx.db, ctx.user, input.year),
        stageCountsAsOf(ctx.db, ctx.user, asOf),
        newAboveScaleInYear(ctx.db, ctx.user, input.year),
      ]);
      return { year: input.year, asOf, signed, stages, newAboveScale };
    }),
} satisfies TRPCRouterRecord;
