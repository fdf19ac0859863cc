import type { SessionUser } from "@crm/auth";
import { count, eq, schema, type Executor } from "@crm/db";
import { STAGES, type Stage } from "@crm/domain";

import { scoped } from "../../scope/projects";
import { onProjects, projectsDrill, type CockpitView } from "./scope";

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
  return db
    .select({ zoneId: projects.zoneId, stage: projectYearStages.stage, n: count() })
    .from(projectYearStages)
    .innerJoin(projects, eq(projects.id, projectYearStages.projectId))
    .where(scoped(user, eq(projectYearStages.year, view.yearEnd), onProjects(view)))
    .groupBy(projects.zoneId, projectYearStages.stage);
}

type StageRow = Awaited<ReturnType<typeof stagesByZone>>[number];

/** The funnel: every stage's count, each drilling down to its projects. */
export function funnel(rows: StageRow[], view: CockpitView) {
  const totals = new Map<Stage, number>();
  for (const r of rows) totals.set(r.stage, (totals.get(r.stage) ?? 0) + r.n);
  return STAGES.map((stage) => ({ stage, value: totals.get(stage) ?? 0, drill: projectsDrill(view, stageFilter(view, stage)) }));
}

/** Each zone's projects by stage (a stacked bar per zone). */
export function byZone(rows: StageRow[], view: CockpitView, zones: { id: string; name: string }[]) {
  return zones
    .map((zone) => ({
      zoneId: zone.id,
      name: zone.name,
      stages: STAGES.map((stage) => ({
        stage,
        value: rows.find((r) => r.zoneId === zone.id && r.stage === stage)?.n ?? 0,
        drill: projectsDrill({ ...view, zoneId: zone.id }, stageFilter(view, stage)),
      })),
    }))
    .filter((z) => (view.zoneId ? z.zoneId === view.zoneId : true));
}

function stageFilter(view: CockpitView, stage: Stage) {
  return view.yearEnd === undefined ? { stages: [stage] } : { stages: [stage], yearEnd: view.yearEnd };
}
