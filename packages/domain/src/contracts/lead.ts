import { z } from "zod";

import { LEAD_SOURCES, LEAD_STATUSES } from "../leads";
import { CalendarDate, PHONE, Uuid, WanAmount } from "../schemas";
import type { PipelineStage } from "../stages";

const text = (max: number) => z.string().trim().max(max);

export const LeadEnterpriseInput = z.object({
  enterpriseName: text(120).min(2, "enterprise.nameRequired"),
  creditCode: z.string().trim().max(18).optional().nullable(),
});
export type LeadEnterpriseInput = z.infer<typeof LeadEnterpriseInput>;

export const CreateLeadInput = LeadEnterpriseInput.extend({
  enterpriseId: Uuid.optional().nullable(),
  source: z.enum(LEAD_SOURCES),
  chainId: Uuid.optional().nullable(),
  intendedAmount: WanAmount.optional().nullable(),
  notes: text(2000).optional().nullable(),
  /** The enterprise's person to talk to; carried to the enterprise when the lead becomes a project. */
  contactName: text(40).optional().nullable(),
  contactPhone: z.string().trim().regex(PHONE, "profile.phoneInvalid").optional().nullable(),
  reportedOn: CalendarDate,
  /** Create it even though leads for the same enterprise exist (the user saw them). */
  acknowledgeDuplicates: z.boolean().default(false),
  /** Or: add this report to an existing lead instead, which keeps this unit's credit. */
  mergeIntoId: Uuid.optional().nullable(),
});
export type CreateLeadInput = z.infer<typeof CreateLeadInput>;

export const LeadListInput = z.object({
  status: z.enum(LEAD_STATUSES).optional(),
  q: text(60).optional(),
  limit: z.number().int().min(1).max(200).default(50),
  cursor: z.object({ reportedOn: CalendarDate, id: Uuid }).optional(),
});
export type LeadListInput = z.infer<typeof LeadListInput>;

export const AssignLeadInput = z.object({
  id: Uuid,
  version: z.number().int().positive(),
  assigneeUnitId: Uuid,
  dueOn: CalendarDate,
});
export type AssignLeadInput = z.infer<typeof AssignLeadInput>;

export const DropLeadInput = z.object({
  id: Uuid,
  version: z.number().int().positive(),
  reason: text(500).min(2, "lead.reasonRequired"),
});
export type DropLeadInput = z.infer<typeof DropLeadInput>;

export const MergeLeadsInput = z.object({
  keepId: Uuid,
  keepVersion: z.number().int().positive(),
  mergeId: Uuid,
  mergeVersion: z.number().int().positive(),
});
export type MergeLeadsInput = z.infer<typeof MergeLeadsInput>;

/** The stages a converted lead's project may start in: before anything is signed. */
export const CONVERT_STAGES = ["planned", "reserve", "negotiating"] as const satisfies readonly PipelineStage[];
export type ConvertStage = (typeof CONVERT_STAGES)[number];

export const ConvertLeadInput = z.object({
  id: Uuid,
  version: z.number().int().positive(),
  projectName: text(120).min(2, "project.nameRequired"),
  zoneId: Uuid,
  chainId: Uuid.optional().nullable(),
  plannedAmount: WanAmount.optional().nullable(),
  stage: z.enum(CONVERT_STAGES),
  on: CalendarDate,
  creditCode: z.string().trim().max(18).optional().nullable(),
});
export type ConvertLeadInput = z.infer<typeof ConvertLeadInput>;
