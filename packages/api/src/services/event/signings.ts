import { and, eq, schema, sql, writeAudit } from "@crm/db";
import type { AddSigningInput } from "@crm/domain";
import type { z } from "zod";

import type { AuthedContext } from "../../context";
import { conflict } from "../../errors";
import { scopedEventById } from "../../scope/events";
import { scopedProjectById } from "../../scope/projects";

const { promoEventSignings, projects } = schema;

/** Postgres' unique_violation: the counted-once index (or one project twice at one event) refused the row. */
const isUniqueViolation = (e: unknown): boolean =>
  typeof e === "object" &&
  e !== null &&
  ((e as { code?: string }).code === "23505" || isUniqueViolation((e as { cause?: unknown }).cause));

/**
 * Records a signing at an event: an existing project (in the caller's scope) and the amount signed.
 *
 * The double-signing guard (签约项目不重复计入): a project is counted once, at the first event that
 * recorded its signing. Recording it again at another event keeps the row (the ceremony happened)
 * with `counted = false`, and the lists say where it was counted. Two rules make this hold:
 * - the service locks the project row (`for update`) before it looks for a counted signing, so two
 *   signings of one project recorded at once are taken in turn and the second sees the first;
 * - the partial unique index `promo_event_signing_counted_uq` (project_id where counted) holds at
 *   most one counted signing per project whatever a caller saw, so even a path that skipped the lock
 *   could not count it twice: such an insert fails and the caller gets CONFLICT, changing nothing.
 * The same project twice at one event is refused by the (event, project) unique index: CONFLICT.
 */
export async function addSigning(ctx: AuthedContext, input: z.output<typeof AddSigningInput>) {
  const { db, user, ip } = ctx;
  try {
    return await db.transaction(async (tx) => {
      await scopedEventById(tx, user, input.eventId);
      const project = await scopedProjectById(tx, user, input.projectId);
      await tx.execute(sql`select 1 from ${projects} where ${projects.id} = ${project.id} for update`);
      const [earlier] = await tx
        .select({ id: promoEventSignings.id, eventId: promoEventSignings.eventId })
        .from(promoEventSignings)
        .where(and(eq(promoEventSignings.projectId, project.id), eq(promoEventSignings.counted, true)))
        .limit(1);
      const [row] = await tx
        .insert(promoEventSignings)
        .values({
          eventId: input.eventId,
          projectId: project.id,
          signedAmountWan: input.signedAmountWan,
          counted: !earlier,
          createdById: user.id,
        })
        .returning();
      await writeAudit(tx, {
        actorId: user.id,
        action: "event.signing_add",
        entity: "promo_event_signing",
        entityId: row!.id,
        after: { ...row, countedAtEventId: earlier?.eventId ?? input.eventId },
        ip,
      });
      return { id: row!.id, counted: row!.counted, countedAtEventId: earlier?.eventId ?? null };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict();
    throw e;
  }
}
