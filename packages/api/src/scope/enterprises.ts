import type { SessionUser } from "@crm/auth";
import { and, eq, schema, sql, type Executor } from "@crm/db";
import type { SQL } from "drizzle-orm";

import { notFound } from "../errors";
import { projectScope } from "./projects";

const { enterprises, projects } = schema;

/**
 * Enterprises one sees: all for the district-wide roles, else those with a project in one's scope.
 * A zone or chain narrows it to enterprises with such a project (in scope).
 */
export function enterpriseScope(user: SessionUser, zoneId?: string, chainId?: string): SQL | undefined {
  const scope = projectScope(user);
  if (!scope && !zoneId && !chainId) return undefined;
  const where = and(
    eq(projects.enterpriseId, enterprises.id),
    scope,
    zoneId ? eq(projects.zoneId, zoneId) : undefined,
    chainId ? eq(projects.chainId, chainId) : undefined,
  );
  return sql`exists (select 1 from ${projects} where ${where})`;
}

/** One enterprise the caller may see, or NOT_FOUND. */
export async function scopedEnterpriseById(db: Executor, user: SessionUser, id: string) {
  const [row] = await db
    .select()
    .from(enterprises)
    .where(and(enterpriseScope(user), eq(enterprises.id, id)))
    .limit(1);
  if (!row) throw notFound();
  return row;
}
