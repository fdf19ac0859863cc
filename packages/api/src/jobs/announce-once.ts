import { schema, sql, type Executor } from "@crm/db";

const { jobAnnouncements } = schema;

/**
 * Claims the right to announce `kind` for `subjectId`, in the caller's transaction: true for the
 * one transaction that inserts the row, false for every other (a second sweep at the same time
 * waits on the key, then finds it taken). Notify only when it says true.
 */
export async function claimAnnouncement(tx: Executor, kind: string, subjectId: string): Promise<boolean> {
  const rows = await tx
    .insert(jobAnnouncements)
    .values({ kind, subjectId })
    .onConflictDoNothing()
    .returning({ kind: jobAnnouncements.kind });
  return rows.length > 0;
}

/** For a sweep's query: this subject has not been announced as `kind` yet. */
export const notAnnounced = (kind: string, subjectId: unknown) =>
  sql`not exists (select 1 from ${jobAnnouncements} where ${jobAnnouncements.kind} = ${kind} and ${jobAnnouncements.subjectId} = ${subjectId})`;
