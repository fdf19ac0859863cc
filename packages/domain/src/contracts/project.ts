import { z } from "zod";

import { CalendarDate, Uuid, WanAmount } from "../schemas";
import { STAGES } from "../stages";

const text = (max: number) => z.string().trim().max(max);
const version = z.number().int().positive();

/** Project tags (DOMAIN §2): 500强 and 重点项目. */
export const PROJECT_TAGS = ["fortune500", "key"] as const;
export type ProjectTag = (typeof PROJECT_TAGS)[number];
/** The tags' Chinese names in the project spreadsheets (the pages word them through `projectTags`). */
export const PROJECT_TAG_LABELS: Record<ProjectTag, string> = { fortune500: "500强", key: "重点项目" };
const tags = z.array(z.enum(PROJECT_TAGS)).max(PROJECT_TAGS.length);

export const PROJECT_SORTS = ["updatedAt", "name", "stage", "zone", "amount", "signedOn"] as const;
export type ProjectSort = (typeof PROJECT_SORTS)[number];
export const SORT_DIRECTIONS = ["asc", "desc"] as const;

/** The project list's filter. It round-trips through the URL, so a filtered list can be shared. */
export const ProjectFilter = z.object({
  stages: z.array(z.enum(STAGES)).max(STAGES.length).optional(),
  zoneIds: z.array(Uuid).max(10).optional(),
  chainIds: z.array(Uuid).max(20).optional(),
  responsibleUnitId: Uuid.optional(),
  tags: tags.optional(),
  /** 投资额: the signed amount once signed, else the planned amount (万元). */
  amountMin: WanAmount.optional(),
  amountMax: WanAmount.optional(),
  signedFrom: CalendarDate.optional(),
  signedTo: CalendarDate.optional(),
  /** 落地: registered (or later) between these days. */
  registeredFrom: CalendarDate.optional(),
  registeredTo: CalendarDate.optional(),
  /** 到位资金: funds posted for a month between these days (the months' first days). */
  fundsFrom: CalendarDate.optional(),
  fundsTo: CalendarDate.optional(),
  /** The stage filter reads the stage at this year's end (from the stage history) instead of today's. */
  yearEnd: z.number().int().min(2000).max(2100).optional(),
  /** Projects not yet placed on any chain. */
  withoutChain: z.boolean().optional(),
  /** Name, enterprise name, credit code or pinyin initials (jdzc finds 金鼎钻采). */
  q: z.string().trim().max(60).optional(),
});
export type ProjectFilter = z.infer<typeof ProjectFilter>;

export const ProjectListInput = ProjectFilter.extend({
  sort: z.enum(PROJECT_SORTS).default("updatedAt"),
  dir: z.enum(SORT_DIRECTIONS).default("desc"),
  limit: z.number().int().min(1).max(200).default(50),
  /** Keyset cursor: the last row's sort value (as text) and id. */
  cursor: z.object({ v: z.string().max(60).nullable(), id: Uuid }).optional(),
});
export type ProjectListInput = z.input<typeof ProjectListInput>;

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
    tags,
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, "invalidInput");
export type ProjectPatch = z.infer<typeof ProjectPatch>;

export const UpdateProjectInput = z.object({ id: Uuid, version, patch: ProjectPatch });
export type UpdateProjectInput = z.infer<typeof UpdateProjectInput>;

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
export type MoveStageInput = z.infer<typeof MoveStageInput>;
