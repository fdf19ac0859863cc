import { CalendarDate, Uuid, WanAmount } from "../schemas";
import { STAGES } from "../stages";
import { z } from "zod";

export const PROJECT_SORTS = ["updatedAt", "name", "stage", "zone", "amount", "signedOn"] as const;
export type ProjectSort = (typeof PROJECT_SORTS)[number];

/** The project list's filter. It round-trips through the URL, so a filtered list can be shared. */
export const ProjectFilter = z.object({
  stages: z.array(z.enum(STAGES)).max(STAGES.length).optional(),
  zoneIds: z.array(Uuid).max(10).optional(),
  chainIds: z.array(Uuid).max(20).optional(),
  responsibleUnitId: Uuid.optional(),
  tags: z
    .array(z.enum(["fortune500", "key"]))
    .max(2)
    .optional(),
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
  dir: z.enum(["asc", "desc"]).default("desc"),
  limit: z.number().int().min(1).max(200).default(50),
  /** Keyset cursor: the last row's sort value (as text) and id. */
  cursor: z.object({ v: z.string().max(60).nullable(), id: Uuid }).optional(),
});
export type ProjectListInput = z.input<typeof ProjectListInput>;
