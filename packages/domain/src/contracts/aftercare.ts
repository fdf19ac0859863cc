import { z } from "zod";

import { Uuid } from "../schemas";
import { RISK_KINDS } from "../service";

/** 稳商留商: visits due, and the projects at risk. */
export const AftercareListInput = z.object({ atRisk: z.boolean().default(false) });
export type AftercareListInput = z.infer<typeof AftercareListInput>;

export const AftercareUpdateInput = z.object({
  projectId: Uuid,
  version: z.number().int().positive(),
  visitEveryMonths: z.number().int().min(1).max(12),
  risk: z
    .object({ kind: z.enum(RISK_KINDS), note: z.string().trim().max(500).min(2, "aftercare.noteRequired") })
    .nullable(),
});
export type AftercareUpdateInput = z.infer<typeof AftercareUpdateInput>;
