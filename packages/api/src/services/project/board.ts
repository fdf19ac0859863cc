import { eq, schema, sql } from "@crm/db";
import { STAGES, type ProjectFilter, type Stage } from "@crm/domain";

import { projectNameColumns } from "../../scope/names";
import type { AuthedContext } from "../../context";
import { scoped } from "../../scope/projects";
import { amountExpr, filterConditions } from "./list";

const { projects, enterprises, orgUnits } = schema;

/** Cards per column: a board is for the work in hand; the list holds the rest. */
export const BOARD_CARDS_PER_STAGE = 30;

/** The kanban: for each stage, how many projects and the most recently changed ones. */
export async function projectBoard(ctx: AuthedContext, filter: ProjectFilter) {
  const { db, user } = ctx;
  const where = scoped(user, ...filterConditions(filter, user));
  const ranked = db
    .select({
      id: projects.id,
      name: projectNameColumns(user).name.as("name"),
      stage: projects.stage,
      zoneName: orgUnits.shortName,
      amount: sql<string>`${amountExpr}::numeric(16,2)::text`.as("amount"),
      version: projects.version,
      rank: sql<number>`row_number() over (partition by ${projects.stage} order by ${projects.updatedAt} desc, ${projects.id} desc)`.as(
        "rank",
      ),
      total: sql<number>`(count(*) over (partition by ${projects.stage}))::int`.as("total"),
    })
    .from(projects)
    .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
    .innerJoin(orgUnits, eq(orgUnits.id, projects.zoneId))
    .where(where)
    .as("ranked");
  const rows = await db
    .select()
    .from(ranked)
    .where(sql`${ranked.rank} <= ${BOARD_CARDS_PER_STAGE}`);
  return STAGES.map((stage: Stage) => {
    const cards = rows.filter((r) => r.stage === stage).sort((a, b) => a.rank - b.rank);
    return {
      stage,
      total: cards[0]?.total ?? 0,
      cards: cards.map(({ rank: _r, total: _t, stage: _s, ...card }) => card),
    };
  });
}
