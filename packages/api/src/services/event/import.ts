import { eq, schema, writeAudit, type Executor } from "@crm/db";
import {
  ATTENDEE_COLUMNS,
  enterpriseNameKey,
  PHONE,
  type AttendeeSheetRow,
  type ImportAttendeesInput,
  type PreviewAttendeesInput,
} from "@crm/domain";
import type { z } from "zod";

import type { AuthedContext } from "../../context";
import { badRequest } from "../../errors";
import { scopedEventById } from "../../scope/events";
import { readUpload } from "../transfer/read-upload";
import type { RowProblem } from "../transfer/rows";

const { promoEventAttendees } = schema;

type AttendeeProblem = Omit<RowProblem, "code"> & { code: RowProblem["code"] | "alreadyListed" };

/** Checks attendee rows: a name, a phone that is one, no enterprise twice in the file or already on the list. */
export async function checkAttendeeRows(db: Executor, eventId: string, rows: AttendeeSheetRow[]) {
  const listed = new Set(
    (
      await db
        .select({ key: promoEventAttendees.enterpriseKey })
        .from(promoEventAttendees)
        .where(eq(promoEventAttendees.eventId, eventId))
    ).map((r) => r.key),
  );
  const keys = rows.map((r) => enterpriseNameKey(r.enterpriseName));
  const seen = new Map<string, number>();
  keys.forEach((k) => seen.set(k, (seen.get(k) ?? 0) + 1));
  return rows.map((raw, i) => {
    const row = {
      enterpriseName: raw.enterpriseName.trim(),
      person: raw.person.trim(),
      phone: raw.phone.replace(/[\s-]/g, "").trim(),
    };
    const problems: AttendeeProblem[] = [];
    const key = keys[i]!;
    if (row.enterpriseName.length < 2) problems.push({ field: "enterpriseName", code: "required" });
    else if (listed.has(key))
      problems.push({ field: "enterpriseName", code: "alreadyListed", value: row.enterpriseName });
    else if (seen.get(key)! > 1)
      problems.push({ field: "enterpriseName", code: "duplicateInFile", value: row.enterpriseName });
    if (row.enterpriseName.length > 120)
      problems.push({ field: "enterpriseName", code: "badNumber", value: row.enterpriseName });
    if (row.person.length > 40) problems.push({ field: "person", code: "badNumber", value: row.person });
    if (row.phone && !PHONE.test(row.phone)) problems.push({ field: "phone", code: "badPhone", value: raw.phone });
    return { row, problems };
  });
}

/** An uploaded invitee/attendee sheet for an event, each row checked (with its line); nothing is written. */
export async function previewAttendees(ctx: AuthedContext, input: z.output<typeof PreviewAttendeesInput>) {
  const event = await scopedEventById(ctx.db, ctx.user, input.eventId);
  const { header, rows } = await readUpload(ctx, "attendees", input, ATTENDEE_COLUMNS);
  const checked = await checkAttendeeRows(
    ctx.db,
    event.id,
    rows.map((r) => r.record),
  );
  return { header, rows: checked.map((c, i) => ({ line: rows[i]!.line, ...c })) };
}

/** All rows or none, in one transaction with its audit row; a row with a problem refuses the whole list. */
export async function importAttendees(ctx: AuthedContext, input: z.output<typeof ImportAttendeesInput>) {
  const { db, user, ip } = ctx;
  return db.transaction(async (tx) => {
    const event = await scopedEventById(tx, user, input.eventId);
    const checked = await checkAttendeeRows(tx, event.id, input.rows);
    if (checked.some((c) => c.problems.length)) throw badRequest("importHasProblems");
    await tx.insert(promoEventAttendees).values(
      checked.map(({ row }) => ({
        eventId: event.id,
        enterpriseName: row.enterpriseName,
        enterpriseKey: enterpriseNameKey(row.enterpriseName),
        person: row.person || null,
        phone: row.phone || null,
        invited: true,
      })),
    );
    await writeAudit(tx, {
      actorId: user.id,
      action: "import.attendees",
      entity: "promo_event",
      entityId: event.id,
      after: { rows: checked.length },
      ip,
    });
    return { imported: checked.length };
  });
}
