import type { SessionUser } from "@crm/auth";
import { and, eq, schema } from "@crm/db";
import type { CockpitFrame, CockpitInput } from "@crm/domain";
import type { SQL } from "drizzle-orm";

import { forbidden } from "../../errors";
import { isZoneBound } from "../../scope/roles";

const { projects } = schema;

/** The cockpit's view after scope: a zone task force always sees its own zone's cockpit. */
export interface CockpitView extends CockpitFrame {
  year: number;
  zoneId?: string;
  chainId?: string;
  from: string;
  to: string;
  today: string;
  /** Past years read the stage at the year's end; this year reads today's. */
  yearEnd?: number;
  /** Whether the zone was fixed by the caller's role rather than chosen. */
  zoneLocked: boolean;
}

export function cockpitView(user: SessionUser, input: CockpitInput, today: string): CockpitView {
  let zoneId = input.zoneId;
  let zoneLocked = false;
  if (isZoneBound(user)) {
    if (!user.unitId || (zoneId && zoneId !== user.unitId)) throw forbidden();
    zoneId = user.unitId;
    zoneLocked = true;
  }
  const thisYear = Number(today.slice(0, 4));
  return {
    year: input.year,
    zoneId,
    chainId: input.chainId,
    from: `${input.year}-01-01`,
    to: `${input.year}-12-31`,
    today,
    yearEnd: input.year < thisYear ? input.year : undefined,
    zoneLocked,
  };
}

/** The view's zone and chain as conditions on project. */
export function onProjects(view: Pick<CockpitView, "zoneId" | "chainId">): SQL | undefined {
  return and(
    view.zoneId ? eq(projects.zoneId, view.zoneId) : undefined,
    view.chainId ? eq(projects.chainId, view.chainId) : undefined,
  );
}

/** The zone and chain, for the task, approval, request and enterprise lists' filters. */
export const zoneAndChain = (view: Pick<CockpitView, "zoneId" | "chainId">) => ({
  ...(view.zoneId ? { zoneId: view.zoneId } : {}),
  ...(view.chainId ? { chainId: view.chainId } : {}),
});
