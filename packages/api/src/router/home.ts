import type { TRPCRouterRecord } from "@trpc/server";

import { homeSummary } from "../services/home/summary";
import { noInput, permitted } from "../trpc";

export const homeRouter = {
  summary: permitted("home.read")
    .input(noInput)
    .query(({ ctx }) => homeSummary(ctx)),
} satisfies TRPCRouterRecord;
