import { z } from "zod";

import { FOLLOW_UP_KINDS } from "../leads";
import { CalendarDate, Uuid } from "../schemas";

const text = (max: number) => z.string().trim().max(max);

/** 跟进记录: a visit, call, meeting or negotiation about a project or a lead. */
const FollowUpFields = z.object({
  kind: z.enum(FOLLOW_UP_KINDS),
  occurredOn: CalendarDate,
  people: text(200).optional().nullable(),
  summary: text(2000).min(2, "followUp.summaryRequired"),
  nextStep: text(500).optional().nullable(),
});
export const ProjectFollowUpInput = FollowUpFields.extend({ projectId: Uuid });
export const LeadFollowUpInput = FollowUpFields.extend({ leadId: Uuid });
export type FollowUpInput = z.output<typeof ProjectFollowUpInput> | z.output<typeof LeadFollowUpInput>;
