import { and, desc, eq, schema } from "@crm/db";

import { auditValuesShown, seesRealName } from "../../scope/names";
import type { AuthedContext } from "../../context";
import { scopedProjectById } from "../../scope/projects";

const { stageEvents, followUps, auditLog, users } = schema;

export type TimelineEntry =
  | {
      kind: "stage";
      id: string;
      on: string;
      at: Date;
      who: string | null;
      from: string | null;
      to: string;
      note: string | null;
    }
  | {
      kind: "followUp";
      id: string;
      on: string;
      at: Date;
      who: string | null;
      type: string;
      people: string | null;
      summary: string;
      nextStep: string | null;
    }
  | { kind: "change"; id: string; on: string; at: Date; who: string | null; before: unknown; after: unknown };

/** A project's history, newest first: stage moves, follow-ups, and field changes from the audit log. */
export async function projectTimeline(ctx: AuthedContext, input: { id: string }): Promise<TimelineEntry[]> {
  const { db, user } = ctx;
  const { id } = input;
  const project = await scopedProjectById(db, user, id);
  const hidden = !seesRealName(project, user);
  const [stages, notes, changes] = await Promise.all([
    db
      .select({
        id: stageEvents.id,
        on: stageEvents.occurredOn,
        at: stageEvents.createdAt,
        who: users.displayName,
        from: stageEvents.fromStage,
        to: stageEvents.toStage,
        note: stageEvents.note,
      })
      .from(stageEvents)
      .leftJoin(users, eq(users.id, stageEvents.actorId))
      .where(eq(stageEvents.projectId, id)),
    db
      .select({
        id: followUps.id,
        on: followUps.occurredOn,
        at: followUps.createdAt,
        who: users.displayName,
        type: followUps.kind,
        people: followUps.people,
        summary: followUps.summary,
        nextStep: followUps.nextStep,
      })
      .from(followUps)
      .leftJoin(users, eq(users.id, followUps.authorId))
      .where(eq(followUps.projectId, id)),
    db
      .select({
        id: auditLog.id,
        at: auditLog.at,
        who: users.displayName,
        before: auditLog.before,
        after: auditLog.after,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(and(eq(auditLog.entity, "project"), eq(auditLog.entityId, id), eq(auditLog.action, "project.update")))
      .orderBy(desc(auditLog.at))
      .limit(100),
  ]);
  const entries: TimelineEntry[] = [
    ...stages.map((s) => ({ kind: "stage" as const, ...s })),
    ...notes.map((n) => ({ kind: "followUp" as const, ...n })),
    // Field changes as the caller may read them: a caller shown the code name reads no real name in them.
    ...changes.flatMap((c) => {
      const before = auditValuesShown(c.before, hidden);
      const after = auditValuesShown(c.after, hidden);
      if (!before && !after) return [];
      return [{ kind: "change" as const, ...c, before, after, id: String(c.id), on: c.at.toISOString().slice(0, 10) }];
    }),
  ];
  return entries.sort((a, b) => b.on.localeCompare(a.on) || b.at.getTime() - a.at.getTime());
}
