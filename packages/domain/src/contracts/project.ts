import { FOLLOW_UP_KINDS } from "../leads";
import { CalendarDate, Uuid, WanAmount } from "../schemas";
import { STAGES } from "../stages";
import { z } from "zod";

const text = (max: number) => z.string().trim().max(max);
const version = z.number().int().positive();

/** The fields a project's page edits in place (stage and its dates move only through moveStage). */
export const ProjectPatch = z
  .object({
    name: text(120).min(2, "project.nameRequired"),
    codeName: text(30).nullable(),
    chainId: Uuid.nullable(),
    serviceContactId: Uuid.nullable(),
    responsibleLeaderId: Uuid.nullable(),
    plannedAmount: WanAmount.nullable(),
    signedAmount: WanAmount,
    investedAmount: WanAmount.nullable(),
    landArea: z
      .string()
      .trim()
      .regex(/^\d{1,8}(\.\d{1,2})?$/, "number.invalid")
      .nullable(),
    jobs: z.number().int().min(0).max(1_000_000).nullable(),
    constructionContent: text(2000).nullable(),
    tags: z.array(z.enum(["fortune500", "key"])).max(2),
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, "invalidInput");

export const UpdateProjectInput = z.object({ id: Uuid, version, patch: ProjectPatch });

export const MoveStageInput = z.object({
  id: Uuid,
  version,
  to: z.enum(STAGES),
  on: CalendarDate,
  note: text(500).optional().nullable(),
  signedOn: CalendarDate.optional().nullable(),
  signedAmount: WanAmount.optional().nullable(),
  creditCode: text(18).optional().nullable(),
});

const FollowUpFields = z.object({
  kind: z.enum(FOLLOW_UP_KINDS),
  occurredOn: CalendarDate,
  people: text(200).optional().nullable(),
  summary: text(2000).min(2, "followUp.summaryRequired"),
  nextStep: text(500).optional().nullable(),
});
export const ProjectFollowUpInput = FollowUpFields.extend({ projectId: Uuid });
export const LeadFollowUpInput = FollowUpFields.extend({ leadId: Uuid });
export type FollowUpInput = z.output<typeof FollowUpFields> & ({ projectId: string } | { leadId: string });
