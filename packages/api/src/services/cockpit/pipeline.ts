import type { SessionUser } from "@crm/auth";
import { and, count, eq, schema, type Executor } from "@crm/db";
import { STAGES, stageDrill, type Stage } from "@crm/domain";

import { scoped } from "../../scope/projects";
import { onProjects, type CockpitView } from "./scope";

const { projects, projectYearStages } = schema;

/**
 * Projects by zone and stage: today's stage for this year, the stage at the year's end for a past
 * year (the rollup of the stage history kept by a trigger on stage_event).
 */
export async function stagesByZone(db: Executor, user: SessionUser, view: CockpitView) {
  if (view.yearEnd === undefined) {
    return db
      .select({ zoneId: projects.zoneId, stage: projects.stage, n: count() })
      .from(projects)
      .where(scoped(user, onProjects(view)))
      .groupBy(projects.zoneId, projects.stage);
  }
  // The rollup carries each project's zone and chain: no join. The roles that see the cockpit read
  // the district (no row scope) or their own zone (which the view always narrows to).
  return db
    .select({ zoneId: projectYearStages.zoneId, stage: projectYearStages.stage, n: count() })
    .from(projectYearStages)
    .where(
      and(
        eq(projectYearStages.year, view.yearEnd),
        view.zoneId ? eq(projectYearStages.zoneId, view.zoneId) : undefined,
        view.chainId ? eq(projectYearStages.chainId, view.chainId) : undefined,
      ),
    )
    .groupBy(projectYearStages.zoneId, projectYearStages.stage);
}

type StageRow = Awaited<ReturnType<typeof stagesByZone>>[number];

/** The funnel: every stage's count, each drilling down to its projects. */
export function funnel(rows: StageRow[], view: CockpitView) {
  const totals = new Map<Stage, number>();
  for (const r of rows) totals.set(r.stage, (totals.get(r.stage) ?? 0) + r.n);
  return STAGES.map((stage) => ({ stage, value: totals.get(stage) ?? 0, drill: stageDrill(view, stage) }));
}

/**
 * Each zone's projects by stage (a stacked bar per zone), counts only: a cell's drill-down is
 * stageDrill(frame, stage, zoneId), which the page builds the same way.
 */
export function byZone(rows: StageRow[], view: CockpitView, zones: { id: string; name: string }[]) {
  const counts = new Map<string, Record<Stage, number>>();
  for (const r of rows) {
    const c = counts.get(r.zoneId) ?? (Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>);
    c[r.stage] = r.n;
    counts.set(r.zoneId, c);
  }
  return zones
    .filter((z) => (view.zoneId ? z.id === view.zoneId : true))
    .map((z) => ({
      zoneId: z.id,
      name: z.name,
      counts: counts.get(z.id) ?? (Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>),
    }));
}
