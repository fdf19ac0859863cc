import { MonthInput } from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";

import { bulletinArchive, computeBulletin, issueBulletin, issuedBulletin } from "../services/bulletin";
import { bulletinSheet } from "../services/transfer/bulletin-sheet";
import { noInput, permitted } from "../trpc";

export const bulletinRouter = {
  /** The issued bulletin when there is one (frozen), else the month's figures as they stand. */
  get: permitted("bulletin.read")
    .input(MonthInput)
    .query(async ({ ctx, input }) => {
      const issued = await issuedBulletin(ctx.db, input.month);
      return issued
        ? { issued: true as const, issuedAt: issued.issuedAt, content: issued.content }
        : { issued: false as const, issuedAt: null, content: await computeBulletin(ctx.db, input.month, ctx.now()) };
    }),
  issue: permitted("bulletin.issue")
    .input(MonthInput)
    .mutation(({ ctx, input }) => issueBulletin(ctx.db, ctx.user, input.month, ctx.now(), ctx.ip)),
  archive: permitted("bulletin.read")
    .input(noInput)
    .query(({ ctx }) => bulletinArchive(ctx.db)),
  exportXlsx: permitted("bulletin.read")
    .input(MonthInput)
    .query(async ({ ctx, input }) =>
      bulletinSheet(
        (await issuedBulletin(ctx.db, input.month))?.content ?? (await computeBulletin(ctx.db, input.month, ctx.now())),
      ),
    ),
} satisfies TRPCRouterRecord;
