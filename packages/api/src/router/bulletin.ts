import { Month } from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import { bulletinArchive, issueBulletin, monthBulletin } from "../services/bulletin";
import { exportBulletin } from "../services/transfer/bulletin-sheet";
import { noInput, permitted } from "../trpc";

const MonthInput = z.object({ month: Month });

export const bulletinRouter = {
  /** The issued bulletin when there is one (frozen), else the month's figures as they stand. */
  get: permitted("task.board")
    .input(MonthInput)
    .query(({ ctx, input }) => monthBulletin(ctx, input)),
  issue: permitted("bulletin.issue")
    .input(MonthInput)
    .mutation(({ ctx, input }) => issueBulletin(ctx, input)),
  archive: permitted("task.board")
    .input(noInput)
    .query(({ ctx }) => bulletinArchive(ctx)),
  exportXlsx: permitted("task.board")
    .input(MonthInput)
    .query(({ ctx, input }) => exportBulletin(ctx, input)),
} satisfies TRPCRouterRecord;
