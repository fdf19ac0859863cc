import { z } from "zod";

import { Uuid, WanAmount } from "../schemas";
import type { Stage } from "../stages";
import type { ApprovalListFilter } from "./approval";
import type { EnterpriseListFilter } from "./enterprise";
import type { ProjectFilter } from "./project";
import type { RequestListFilter } from "./request";
import type { TaskBoardFilter } from "./task";

const year = z.number().int().min(2000).max(2100);
const count = z.number().int().min(0).max(1_000_000);

/** The cockpit's filters: a year, and optionally one zone and one chain. */
export const CockpitInput = z.object({ year, zoneId: Uuid.optional(), chainId: Uuid.optional() });
export type CockpitInput = z.infer<typeof CockpitInput>;

/** A unit's targets for a year; an empty figure means no target. `version` is null for a first save. */
export const SaveTargetInput = z.object({
  year,
  unitId: Uuid,
  version: z.number().int().positive().nullable(),
  signedAmount: WanAmount.nullable(),
  landedProjects: count.nullable(),
  fortune500Projects: count.nullable(),
  newAboveScale: count.nullable(),
});
export type SaveTargetInput = z.infer<typeof SaveTargetInput>;
export const TargetYearInput = z.object({ year });
export type TargetYearInput = z.infer<typeof TargetYearInput>;

/** Where a figure drills down to: the list and its filter; the list's count equals the figure. */
export type Drill =
  | { list: "projects"; filter: ProjectFilter }
  | { list: "tasks"; filter: TaskBoardFilter }
  | { list: "approvals"; filter: ApprovalListFilter }
  | { list: "requests"; filter: RequestListFilter }
  | { list: "enterprises"; filter: EnterpriseListFilter };

/** A number on the cockpit: how many rows it stands for, and the list that shows them. */
export interface Figure {
  value: number;
  drill: Drill | null;
}

/** What a cockpit's drill-downs depend on: the year's days, the zone and chain, and a past year's end. */
export interface CockpitFrame {
  from: string;
  to: string;
  zoneId?: string;
  chainId?: string;
  yearEnd?: number;
}

/** A project-list drill-down: the frame's zone and chain plus the figure's own filter. */
export function projectsDrill(frame: Pick<CockpitFrame, "zoneId" | "chainId">, filter: ProjectFilter): Drill {
  return {
    list: "projects",
    filter: {
      ...(frame.zoneId ? { zoneIds: [frame.zoneId] } : {}),
      ...(frame.chainId ? { chainIds: [frame.chainId] } : {}),
      ...filter,
    },
  };
}

/**
 * The projects in one stage (today's, or at a past year's end), optionally of one zone. Built the
 * same on the server and in the browser, so a chart of many cells need not carry one per cell.
 */
export function stageDrill(frame: CockpitFrame, stage: Stage, zoneId = frame.zoneId): Drill {
  return projectsDrill(
    { zoneId, chainId: frame.chainId },
    frame.yearEnd === undefined ? { stages: [stage] } : { stages: [stage], yearEnd: frame.yearEnd },
  );
}

/** A zone's signings and landings in the year (the ranking's numbers). */
export function zoneYearDrills(frame: CockpitFrame, zoneId: string) {
  const zone = { zoneId, chainId: frame.chainId };
  return {
    signed: projectsDrill(zone, { signedFrom: frame.from, signedTo: frame.to }),
    landed: projectsDrill(zone, { registeredFrom: frame.from, registeredTo: frame.to }),
  };
}
