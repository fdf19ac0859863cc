import { and, asc, eq, inArray, schema, sql, writeAudit } from "@crm/db";
import { DISPATCH_STAGES, monthStart, type SaveDispatchInput } from "@crm/domain";
import type { z } from "zod";

import type { AuthedContext } from "../context";
import { badRequest, conflict, forbidden } from "../errors";
import { projectNameOrder, shownProjectName } from "../scope/names";
import { mayDispatchFor, mayReadDispatchOf } from "../scope/units";
import { scopedProjectById } from "../scope/projects";
import { updateWithVersion } from "./versioned-update";

const { projects, monthlyUpdates, orgUnits, users } = schema;

/** One unit's open projects with this month's update, if any: the page a task force fills in one after another. */
export async function unitDispatch(ctx: AuthedContext, input: { month: string; unitId?: string }) {
  const { db, user } = ctx;
  const { month, unitId } = input;
  const unit = unitId ?? user.unitId;
  if (!unit) throw badRequest("invalidInput");
  if (!mayReadDispatchOf(user, unit)) throw forbidden();
  const rows = await db
    .select({
      id: projects.id,
      name: shownProjectName(user),
      stage: projects.stage,
      updateId: monthlyUpdates.id,
      progress: monthlyUpdates.progress,
      problems: monthlyUpdates.problems,
      nextPlan: monthlyUpdates.nextPlan,
      version: monthlyUpdates.version,
      author: users.displayName,
    })
    .from(projects)
    .leftJoin(
      monthlyUpdates,
      and(eq(monthlyUpdates.projectId, projects.id), eq(monthlyUpdates.month, monthStart(month))),
    )
    .leftJoin(users, eq(users.id, monthlyUpdates.authorId))
    .where(and(eq(projects.responsibleUnitId, unit), inArray(projects.stage, [...DISPATCH_STAGES])))
    .orderBy(asc(projectNameOrder(user)));
  return rows.map(({ updateId, progress, problems, nextPlan, version, author, ...p }) => ({
    ...p,
    update: updateId ? { id: updateId, progress: progress!, problems, nextPlan, version: version!, author } : null,
  }));
}

/** Posts or corrects a project's update for the month; a correction needs the version it was read at. */
export async function saveDispatch(ctx: AuthedContext, input: z.output<typeof SaveDispatchInput>) {
  const { db, user, ip } = ctx;
  return db.transaction(async (tx) => {
    const project = await scopedProjectById(tx, user, input.projectId);
    if (!mayDispatchFor(user, project.responsibleUnitId)) throw forbidden();
    if (!DISPATCH_STAGES.includes(project.stage)) throw badRequest("invalidInput");
    const fields = { progress: input.progress, problems: input.problems ?? null, nextPlan: input.nextPlan ?? null };
    const [existing] = await tx
      .select()
      .from(monthlyUpdates)
      .where(and(eq(monthlyUpdates.projectId, project.id), eq(monthlyUpdates.month, monthStart(input.month))));
    let saved;
    if (existing) {
      if (input.version === undefined) throw conflict();
      saved = await updateWithVersion(tx, monthlyUpdates, existing.id, input.version, { ...fields, authorId: user.id });
    } else {
      [saved] = await tx
        .insert(monthlyUpdates)
        .values({
          projectId: project.id,
          month: monthStart(input.month),
          unitId: project.responsibleUnitId,
          authorId: user.id,
          ...fields,
        })
        .onConflictDoNothing()
        .returning();
      if (!saved) throw conflict(); // someone posted it a moment ago
    }
    await writeAudit(tx, {
      actorId: user.id,
      action: existing ? "dispatch.update" : "dispatch.create",
      entity: "project",
      entityId: project.id,
      before: existing ?? null,
      after: saved,
      ip,
    });
    return { id: saved!.id, version: saved!.version };
  });
}

/** The bureau's view of the month: per unit, how many open projects are updated and which are not. */
export async function dispatchOverview(ctx: AuthedContext, input: { month: string }) {
  const { db, user } = ctx;
  const { month } = input;
  const rows = await db
    .select({
      unitId: orgUnits.id,
      unitName: orgUnits.shortName,
      projectId: projects.id,
      name: shownProjectName(user),
      updated: sql<boolean>`${monthlyUpdates.id} is not null`,
    })
    .from(projects)
    .innerJoin(orgUnits, eq(orgUnits.id, projects.responsibleUnitId))
    .leftJoin(
      monthlyUpdates,
      and(eq(monthlyUpdates.projectId, projects.id), eq(monthlyUpdates.month, monthStart(month))),
    )
    .where(inArray(projects.stage, [...DISPATCH_STAGES]))
    .orderBy(asc(orgUnits.sort), asc(projectNameOrder(user)));
  const units = new Map<
    string,
    {
      unitId: string;
      unitName: string;
      updated: { id: string; name: string }[];
      notUpdated: { id: string; name: string }[];
    }
  >();
  for (const r of rows) {
    const u = units.get(r.unitId) ?? { unitId: r.unitId, unitName: r.unitName, updated: [], notUpdated: [] };
    (r.updated ? u.updated : u.notUpdated).push({ id: r.projectId, name: r.name });
    units.set(r.unitId, u);
  }
  return [...units.values()];
}
