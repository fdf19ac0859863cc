import type { SessionUser } from "@crm/auth";
import { and, asc, eq, gte, ilike, lte, or, schema, sql } from "@crm/db";
import type { EnterpriseListFilter } from "@crm/domain";
import type { SQL } from "drizzle-orm";

import {
  enterpriseHiddenAs,
  enterpriseHiddenProject,
  enterpriseNameOrder,
  enterpriseVisible,
  shownEnterpriseName,
} from "../../scope/names";
import type { AuthedContext } from "../../context";
import { enterpriseScope } from "../../scope/enterprises";
import { projectScope } from "../../scope/projects";

const { enterprises, projects } = schema;

/** The list's filter as conditions on enterprise: shared with the cockpit's 四上 figure. */
export function enterpriseListConditions(user: SessionUser, f: EnterpriseListFilter): (SQL | undefined)[] {
  const pattern = f.q ? `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return [
    enterpriseScope(user, f.zoneId, f.chainId),
    f.aboveScaleFrom ? gte(enterprises.aboveScaleSince, f.aboveScaleFrom) : undefined,
    f.aboveScaleTo ? lte(enterprises.aboveScaleSince, f.aboveScaleTo) : undefined,
    pattern
      ? and(enterpriseVisible(user), or(ilike(enterprises.name, pattern), ilike(enterprises.nameInitials, pattern)))
      : undefined,
  ];
}

/**
 * Enterprises, filtered (at most 500, by name). An enterprise behind a confidential project the
 * caller is shown the code name of appears under that code name, without its credit code.
 */
export async function listEnterprises(ctx: AuthedContext, filter: EnterpriseListFilter) {
  const { db, user } = ctx;
  const hiddenAs = enterpriseHiddenAs(user, enterprises.id);
  const name = shownEnterpriseName(user);
  const rows = await db
    .select({
      id: enterprises.id,
      name,
      creditCode: enterprises.creditCode,
      industry: enterprises.industry,
      originCity: enterprises.originCity,
      aboveScaleSince: enterprises.aboveScaleSince,
      projects: sql<number>`(select count(*)::int from ${projects} where ${and(eq(projects.enterpriseId, enterprises.id), projectScope(user))})`,
      hiddenAs,
      hiddenProjectId: enterpriseHiddenProject(user, enterprises.id),
    })
    .from(enterprises)
    .where(and(...enterpriseListConditions(user, filter)))
    .orderBy(asc(enterprises.aboveScaleSince), asc(enterpriseNameOrder(user)))
    .limit(500);
  // A hidden enterprise is shown as its project: no id, nothing that identifies it.
  return rows.map(({ hiddenAs: code, hiddenProjectId, ...r }) =>
    code
      ? {
          ...r,
          id: null,
          projectId: hiddenProjectId,
          creditCode: null,
          industry: null,
          originCity: null,
          confidential: true,
        }
      : { ...r, projectId: null, confidential: false },
  );
}
