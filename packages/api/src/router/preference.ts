import { PreferenceKey } from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import { getPreference, setPreference } from "../services/preferences";
import { permitted } from "../trpc";

export const preferenceRouter = {
  get: permitted("session.self")
    .input(z.object({ key: PreferenceKey }))
    .query(({ ctx, input }) => getPreference(ctx, input)),
  set: permitted("session.self")
    .input(z.object({ key: PreferenceKey, value: z.unknown() }))
    .mutation(({ ctx, input }) => setPreference(ctx, input)),
} satisfies TRPCRouterRecord;
