import { and, asc, eq, gte, lte, schema, writeAudit } from "@crm/db";
import type { RemoveCalendarDayInput, SetCalendarDayInput } from "@crm/domain";
import type { z } from "zod";

import type { AuthedContext } from "../../context";
import { badRequest, conflict } from "../../errors";
import { deleteWithVersion, updateWithVersion } from "../versioned-update";

const { calendarDays } = schema;

/** The holidays and make-up working days (调休) the system administrator keeps for one year, in date order. */
export async function calendarYear(ctx: AuthedContext, input: { year: number }) {
  const { db } = ctx;
  const { year } = input;
  return db
    .select()
    .from(calendarDays)
    .where(and(gte(calendarDays.day, `${year}-01-01`), lte(calendarDays.day, `${year}-12-31`)))
    .orderBy(asc(calendarDays.day));
}

const isWeekend = (day: string) => [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());

/**
 * Adds a day (no version) or changes one (its version). A holiday on a weekend changes nothing and a
 * make-up working day on a weekday neither, so both are refused as mistakes.
 */
export async function setCalendarDay(ctx: AuthedContext, input: z.infer<typeof SetCalendarDayInput>) {
  const { db, user: actor, ip } = ctx;
  if (input.working !== isWeekend(input.day))
    throw badRequest(input.working ? "workdayNotWeekend" : "holidayOnWeekend");
  const note = input.note?.trim() || null;
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(calendarDays).where(eq(calendarDays.day, input.day)).for("update");
    let row;
    if (input.version === undefined) {
      if (before) throw conflict();
      [row] = await tx.insert(calendarDays).values({ day: input.day, working: input.working, note }).returning();
    } else {
      row = await updateWithVersion(tx, calendarDays, { day: input.day }, input.version, {
        working: input.working,
        note,
      });
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: "calendar.set",
      entity: "calendar_day",
      entityId: input.day,
      before: before ?? null,
      after: row,
      ip,
    });
    return row!;
  });
}

/** Takes a day back out of the calendar: it becomes an ordinary weekday or weekend again. */
export async function removeCalendarDay(ctx: AuthedContext, input: z.infer<typeof RemoveCalendarDayInput>) {
  const { db, user: actor, ip } = ctx;
  return db.transaction(async (tx) => {
    const removed = await deleteWithVersion(tx, calendarDays, { day: input.day }, input.version);
    await writeAudit(tx, {
      actorId: actor.id,
      action: "calendar.remove",
      entity: "calendar_day",
      entityId: input.day,
      before: removed,
      after: null,
      ip,
    });
    return { day: removed.day };
  });
}
