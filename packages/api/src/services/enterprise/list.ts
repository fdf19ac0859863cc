import type { SessionUser } from "@crm/auth";
import { and, asc, eq, gte, ilike, lte, or, schema, sql, type Executor } from "@crm/db";
import type { EnterpriseListFilter } from "@crm/domain";
import type { SQL } from "drizzle-orm";

import { enterpriseScope } from "../../scope/enterprises";
import { projectScope } from "../../scope/projects";
import { realNamesVisible } from "../project/list";

const { enterprises, projects } = schema;

/** The list's filter as conditions on enterprise: shared with the cockpit's 四上 figure. */
export function enterpriseListConditions(user: SessionUser, f: EnterpriseListFilter): (SQL | undefined)[] {
  const pattern = f.q ? `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return [
    enterpriseScope(user, f.zoneId, f.chainId),
    f.aboveScaleFrom ? gte(enterprises.aboveScaleSince, f.aboveScaleFrom) : undefined,
    f.aboveScaleTo ? lte(enterprises.aboveScaleSince, f.aboveScaleTo) : undefined,
    pattern ? or(ilike(enterprises.name, pattern), ilike(enterprises.nameInitials, pattern)) : undefined,
  ];
}

/**
 * Enterprises, filtered (at most 500, by name). An enterprise behind a confidential project the
 * caller is shown the code name of appears under that code name, without its credit code.
 */
export async function listEnterprises(db: Executor, user: SessionUser, filter: EnterpriseListFilter) {
  const visible = realNamesVisible(user);
  const hiddenAs = visible
    ? sql<
        string | null
      >`(select ${projects.codeName} from ${projects} where ${projects.enterpriseId} = ${enterprises.id} and not ${visible} limit 1)`
    : sql<null>`null`;
  const rows = await db
    .select({
      id: enterprises.id,
      name: enterprises.name,
      creditCode: enterprises.creditCode,
      industry: enterprises.industry,
      originCity: enterprises.originCity,
      aboveScaleSince: enterprises.aboveScaleSince,
      projects: sql<number>`(select count(*)::int from ${projects} where ${and(eq(projects.enterpriseId, enterprises.id), projectScope(user))})`,
      hiddenAs,
    })
    .from(enterprises)
    .where(and(...enterpriseListConditions(user, filter)))
    .orderBy(asc(enterprises.aboveScaleSince), asc(enterprises.name))
    .limit(500);
  return rows.map(({ hiddenAs: code, ...r }) =>
    code ? { ...r, name: code, creditCode: null, confidential: true } : { ...r, confidential: false },
  );
}
