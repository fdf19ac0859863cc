import { MonthInput } from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";

import { bulletinArchive, issueBulletin, monthBulletin } from "../services/bulletin";
import { exportBulletin } from "../services/transfer/bulletin-sheet";
import { noInput, permitted } from "../trpc";

export const bulletinRouter = {
  /** The issued bulletin when there is one (frozen), else the month's figures as they stand. */
  get: permitted("bulletin.read")
    .input(MonthInput)
    .query(({ ctx, input }) => monthBulletin(ctx, input)),
  issue: permitted("bulletin.issue")
    .input(MonthInput)
    .mutation(({ ctx, input }) => issueBulletin(ctx, input)),
  archive: permitted("bulletin.read")
    .input(noInput)
    .query(({ ctx }) => bulletinArchive(ctx)),
  exportXlsx: permitted("bulletin.read", { disclosure: "export" })
    .input(MonthInput)
    .query(({ ctx, input }) => exportBulletin(ctx, input)),
} satisfies TRPCRouterRecord;
