import { and, asc, desc, eq, inArray, lt, schema, sql, writeAudit } from "@crm/db";
import {
  addDaysToDate,
  DISPATCH_STAGES,
  isOverdue,
  monthOf,
  monthStart,
  TASK_OWED,
  todayInShanghai,
  type CreateMeetingInput,
  type MeetingDecisionInput,
  type MeetingMinutesInput,
} from "@crm/domain";
import type { z } from "zod";

import { withDb, type AuthedContext } from "../context";
import { notFound } from "../errors";
import { projectNameOrder, shownProjectName } from "../scope/names";
import { insertTask } from "./task/create";
import { updateWithVersion } from "./versioned-update";

const { meetings, meetingUnits, meetingAgenda, projects, stageEvents, monthlyUpdates, tasks, orgUnits, users } = schema;

export async function listMeetings(ctx: AuthedContext) {
  const { db } = ctx;
  return db
    .select({
      id: meetings.id,
      kind: meetings.kind,
      title: meetings.title,
      heldOn: meetings.heldOn,
      chair: users.displayName,
    })
    .from(meetings)
    .innerJoin(users, eq(users.id, meetings.chairId))
    .orderBy(desc(meetings.heldOn))
    .limit(100);
}

/**
 * Agenda suggestions for a meeting on `heldOn` (today when not given): projects in one stage for
 * more than 60 days, projects not dispatched this month, and projects with overdue tasks.
 */
export async function agendaSuggestions(ctx: AuthedContext, input: { heldOn?: string }) {
  const { db, user } = ctx;
  const heldOn = input.heldOn ?? todayInShanghai(ctx.now());
  const lastMove = db
    .select({ projectId: stageEvents.projectId, last: sql<string>`max(${stageEvents.occurredOn})`.as("last") })
    .from(stageEvents)
    .groupBy(stageEvents.projectId)
    .as("last_move");
  const name = shownProjectName(user);
  const base = { id: projects.id, name, stage: projects.stage, unit: orgUnits.shortName };
  const [stuck, notDispatched, overdue] = await Promise.all([
    db
      .select({ ...base, since: lastMove.last })
      .from(projects)
      .innerJoin(lastMove, eq(lastMove.projectId, projects.id))
      .innerJoin(orgUnits, eq(orgUnits.id, projects.responsibleUnitId))
      .where(and(inArray(projects.stage, [...DISPATCH_STAGES]), lt(lastMove.last, addDaysToDate(heldOn, -60))))
      .orderBy(asc(lastMove.last))
      .limit(20),
    db
      .select(base)
      .from(projects)
      .innerJoin(orgUnits, eq(orgUnits.id, projects.responsibleUnitId))
      .leftJoin(
        monthlyUpdates,
        and(eq(monthlyUpdates.projectId, projects.id), eq(monthlyUpdates.month, monthStart(monthOf(heldOn)))),
      )
      .where(and(inArray(projects.stage, [...DISPATCH_STAGES]), sql`${monthlyUpdates.id} is null`))
      .orderBy(asc(orgUnits.sort), asc(projectNameOrder(user)))
      .limit(20),
    db
      .selectDistinct(base)
      .from(tasks)
      .innerJoin(projects, eq(projects.id, tasks.projectId))
      .innerJoin(orgUnits, eq(orgUnits.id, projects.responsibleUnitId))
      .where(and(inArray(tasks.status, [...TASK_OWED]), lt(tasks.dueOn, heldOn)))
      .limit(20),
  ]);
  return { stuck, notDispatched, overdue };
}

/** Schedules a meeting with its attending units and agenda, in one transaction with its audit row. */
export async function createMeeting(ctx: AuthedContext, input: z.output<typeof CreateMeetingInput>) {
  const { db, user, ip } = ctx;
  return db.transaction(async (tx) => {
    const [meeting] = await tx
      .insert(meetings)
      .values({
        kind: input.kind,
        title: input.title,
        heldOn: input.heldOn,
        chairId: input.chairId,
        createdById: user.id,
      })
      .returning();
    if (input.unitIds.length)
      await tx
        .insert(meetingUnits)
        .values([...new Set(input.unitIds)].map((unitId) => ({ meetingId: meeting!.id, unitId })));
    if (input.agenda.length)
      await tx.insert(meetingAgenda).values(
        input.agenda.map((a, i) => ({
          meetingId: meeting!.id,
          projectId: a.projectId,
          note: a.note ?? null,
          sort: i,
        })),
      );
    await writeAudit(tx, {
      actorId: user.id,
      action: "meeting.create",
      entity: "meeting",
      entityId: meeting!.id,
      after: { ...meeting, units: input.unitIds, agenda: input.agenda },
      ip,
    });
    return { id: meeting!.id };
  });
}

export async function recordMinutes(ctx: AuthedContext, input: z.output<typeof MeetingMinutesInput>) {
  const { db, user, ip } = ctx;
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ minutes: meetings.minutes }).from(meetings).where(eq(meetings.id, input.id));
    if (!before) throw notFound();
    const updated = await updateWithVersion(tx, meetings, input.id, input.version, { minutes: input.minutes });
    await writeAudit(tx, {
      actorId: user.id,
      action: "meeting.minutes",
      entity: "meeting",
      entityId: input.id,
      before,
      after: { minutes: input.minutes },
      ip,
    });
    return { id: updated.id, version: updated.version };
  });
}

/** A decision with an owner and a due date becomes a task, linked back to the meeting. */
export async function addDecision(ctx: AuthedContext, input: z.output<typeof MeetingDecisionInput>) {
  const { db } = ctx;
  return db.transaction(async (tx) => {
    const [meeting] = await tx
      .select({ id: meetings.id, title: meetings.title })
      .from(meetings)
      .where(eq(meetings.id, input.meetingId));
    if (!meeting) throw notFound();
    const task = await insertTask(
      withDb(ctx, tx),
      {
        title: input.title,
        detail: `${meeting.title}：${input.title}`,
        subject: "meeting_decision",
        projectId: input.projectId ?? null,
        assigneeUnitId: input.assigneeUnitId,
        priority: "high",
        dueOn: input.dueOn,
      },
      { meetingId: meeting.id },
    );
    return { taskId: task.id };
  });
}

/** A meeting with its units, agenda and its decisions' tasks as they stand today. */
export async function meetingById(ctx: AuthedContext, input: { id: string }) {
  const { db, user } = ctx;
  const { id } = input;
  const now = ctx.now();
  const [meeting] = await db.select().from(meetings).where(eq(meetings.id, id));
  if (!meeting) throw notFound();
  const today = todayInShanghai(now);
  const [units, agenda, decisions, chair] = await Promise.all([
    db
      .select({ id: orgUnits.id, name: orgUnits.shortName })
      .from(meetingUnits)
      .innerJoin(orgUnits, eq(orgUnits.id, meetingUnits.unitId))
      .where(eq(meetingUnits.meetingId, id))
      .orderBy(asc(orgUnits.sort)),
    db
      .select({ projectId: projects.id, name: shownProjectName(user), stage: projects.stage, note: meetingAgenda.note })
      .from(meetingAgenda)
      .innerJoin(projects, eq(projects.id, meetingAgenda.projectId))
      .where(eq(meetingAgenda.meetingId, id))
      .orderBy(asc(meetingAgenda.sort)),
    db
      .select({ id: tasks.id, title: tasks.title, status: tasks.status, dueOn: tasks.dueOn, unit: orgUnits.shortName })
      .from(tasks)
      .innerJoin(orgUnits, eq(orgUnits.id, tasks.assigneeUnitId))
      .where(eq(tasks.meetingId, id))
      .orderBy(asc(tasks.createdAt)),
    db.select({ name: users.displayName, title: users.title }).from(users).where(eq(users.id, meeting.chairId)),
  ]);
  return {
    ...meeting,
    chair: chair[0] ?? null,
    units,
    agenda,
    decisions: decisions.map((d) => ({ ...d, overdue: isOverdue(d, today) })),
  };
}
