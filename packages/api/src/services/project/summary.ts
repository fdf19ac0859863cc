import { eq, schema, sql } from "@crm/db";
import type { ProjectFilter } from "@crm/domain";

import type { AuthedContext } from "../../context";
import { scoped } from "../../scope/projects";
import { amountExpr, filterConditions, fundsInRange } from "./list";

const { projects, enterprises, fundPostings } = schema;

/**
 * The filtered list's totals, shown above it: how many projects, their 投资额 and signed amounts,
 * and with a funds filter the funds posted in those months (all in 万元). The cockpit's figures
 * drill down to lists whose totals these are.
 */
export async function projectSummary(ctx: AuthedContext, filter: ProjectFilter) {
  const { db, user } = ctx;
  const funds = filter.fundsFrom || filter.fundsTo;
  const [row] = await db
    .select({
      count: sql<number>`count(*)::int`,
      amountWan: sql<string>`coalesce(sum(${amountExpr}), 0)::numeric(16,2)::text`,
      signedWan: sql<string>`coalesce(sum(${projects.signedAmount}), 0)::numeric(16,2)::text`,
      fundsWan: funds
        ? sql<string>`coalesce(sum((select sum(${fundPostings.amount}) from ${fundPostings} where ${fundPostings.projectId} = ${projects.id}${fundsInRange(filter)})), 0)::numeric(16,2)::text`
        : sql<null>`null`,
    })
    .from(projects)
    .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
    .where(scoped(user, ...filterConditions(filter, user)));
  return row ?? { count: 0, amountWan: "0.00", signedWan: "0.00", fundsWan: null };
}
