import { eq, schema, sql, type Database } from "@crm/db";
import { todayInShanghai } from "@crm/domain";

const { projectYearStages } = schema;

/**
 * Opens the year-end rollup for every year up to this one: a project that has not moved in a year
 * keeps the stage it ended the year before with. (Moves keep their own years current by trigger.)
 * Cheap when there is nothing to open; runs daily, so a new year is open by its first morning.
 */
export async function openYearStages(db: Database, now: Date) {
  const year = Number(todayInShanghai(now).slice(0, 4));
  const [row] = await db
    .select({ last: sql<number | null>`max(${projectYearStages.year})::int` })
    .from(projectYearStages);
  if (!row?.last) return { opened: 0 };
  let opened = 0;
  for (let y = row.last + 1; y <= year; y++) {
    const rows = await db
      .insert(projectYearStages)
      .select(
        db
          .select({
            projectId: projectYearStages.projectId,
            year: sql<number>`${y}::smallint`.as("year"),
            stage: projectYearStages.stage,
            zoneId: projectYearStages.zoneId,
            chainId: projectYearStages.chainId,
          })
          .from(projectYearStages)
          .where(eq(projectYearStages.year, y - 1)),
      )
      .onConflictDoNothing()
      .returning({ projectId: projectYearStages.projectId });
    opened += rows.length;
  }
  return { opened };
}
