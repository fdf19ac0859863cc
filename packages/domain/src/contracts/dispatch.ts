import { z } from "zod";

import { Month, MonthInput, Uuid } from "../schemas";

/** 月度调度: the month's overview across units. */
export const DispatchMonthInput = MonthInput;
/** One unit's projects and their updates for the month (a task force: its own; the bureau: any unit). */
export const UnitDispatchInput = MonthInput.extend({ unitId: Uuid.optional() });
export type UnitDispatchInput = z.infer<typeof UnitDispatchInput>;
/** The carriers and targets a unit owns that are past the freshness limit (the unit's own by default). */
export const StaleOwnedInput = z.object({ unitId: Uuid.optional() });
export type StaleOwnedInput = z.infer<typeof StaleOwnedInput>;

export const SaveDispatchInput = z.object({
  projectId: Uuid,
  month: Month,
  progress: z.string().trim().max(2000).min(2, "dispatch.progressRequired"),
  problems: z.string().trim().max(2000).optional().nullable(),
  nextPlan: z.string().trim().max(2000).optional().nullable(),
  /** The update's version when changing an existing one; absent for the month's first. */
  version: z.number().int().positive().optional(),
});
export type SaveDispatchInput = z.infer<typeof SaveDispatchInput>;
