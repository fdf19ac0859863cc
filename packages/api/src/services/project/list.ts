import type { SessionUser } from "@crm/auth";
import { desc, eq, schema, sql, type Executor } from "@crm/db";
import { StageSchema, Uuid } from "@crm/domain";
import { z } from "zod";

import { scoped } from "../../scope/projects";
import { withDisplayName } from "./display";

const { projects, enterprises, orgUnits } = schema;

export const ProjectListInput = z.object({
  stage: StageSchema.optional(),
  zoneId: Uuid.optional(),
  limit: z.number().int().min(1).max(200).default(50),
  /** Keyset cursor: the last row's updatedAt (as PostgreSQL prints it, to the microsecond) and id. */
  cursor: z.object({ updatedAt: z.string().max(40), id: Uuid }).optional(),
});
export type ProjectListInput = z.input<typeof ProjectListInput>;

/** The caller's projects, newest change first, a page at a time (keyset). */
export async function listProjects(db: Executor, user: SessionUser, input: z.output<typeof ProjectListInput>) {
  const after = input.cursor
    ? sql`(${projects.updatedAt}, ${projects.id}) < (${input.cursor.updatedAt}::timestamptz, ${input.cursor.id}::uuid)`
    : undefined;
  const rows = await db
    .select({
      id: projects.id,
      name: projects.name,
      codeName: projects.codeName,
      responsibleUnitId: projects.responsibleUnitId,
      enterpriseName: enterprises.name,
      zoneId: projects.zoneId,
      zoneName: orgUnits.shortName,
      stage: projects.stage,
      signedAmount: projects.signedAmount,
      signedOn: projects.signedOn,
      tags: projects.tags,
      updatedAt: projects.updatedAt,
      cursorAt: sql<string>`${projects.updatedAt}::text`,
      version: projects.version,
    })
    .from(projects)
    .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
    .innerJoin(orgUnits, eq(orgUnits.id, projects.zoneId))
    .where(
      scoped(user, input.stage ? eq(projects.stage, input.stage) : undefined, input.zoneId ? eq(projects.zoneId, input.zoneId) : undefined, after),
    )
    .orderBy(desc(projects.updatedAt), desc(projects.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ cursorAt: _c, ...r }) => withDisplayName(r, user)),
    nextCursor: rows.length > input.limit && last ? { updatedAt: last.cursorAt, id: last.id } : null,
  };
}
