import { and, desc, eq, ilike, or, schema, sql } from "@crm/db";
import { alias } from "drizzle-orm/pg-core";
import type { z } from "zod";
import { isLeadOverdue, todayInShanghai, type LeadListInput } from "@crm/domain";

import type { AuthedContext } from "../../context";
import { leadScope } from "../../scope/leads";
import { leadHiddenAs } from "../../scope/names";

const { leads, orgUnits, chains } = schema;
const assignee = alias(orgUnits, "assignee");

/** The caller's leads, newest report first, a page at a time. */
export async function listLeads(ctx: AuthedContext, input: z.output<typeof LeadListInput>) {
  const { db, user } = ctx;
  const q = input.q?.trim();
  const hiddenAs = leadHiddenAs(user);
  const rows = await db
    .select({
      id: leads.id,
      enterpriseName: sql<string>`coalesce(${hiddenAs}, ${leads.enterpriseName})`,
      source: leads.source,
      status: leads.status,
      reportedOn: leads.reportedOn,
      dueOn: leads.dueOn,
      intendedAmount: leads.intendedAmount,
      projectId: leads.projectId,
      reportingUnit: orgUnits.shortName,
      assigneeUnit: assignee.shortName,
      chain: chains.name,
      version: leads.version,
    })
    .from(leads)
    .innerJoin(orgUnits, eq(orgUnits.id, leads.reportingUnitId))
    .leftJoin(assignee, eq(assignee.id, leads.assigneeUnitId))
    .leftJoin(chains, eq(chains.id, leads.chainId))
    .where(
      and(
        leadScope(user),
        input.status ? eq(leads.status, input.status) : sql`${leads.status} <> 'merged'`,
        q
          ? and(
              sql`${hiddenAs} is null`,
              or(ilike(leads.enterpriseName, `%${q}%`), eq(leads.creditCode, q.toUpperCase())),
            )
          : undefined,
        input.cursor
          ? sql`(${leads.reportedOn}, ${leads.id}) < (${input.cursor.reportedOn}::date, ${input.cursor.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(leads.reportedOn), desc(leads.id))
    .limit(input.limit + 1);
  const today = todayInShanghai(ctx.now());
  const page = rows.slice(0, input.limit).map((r) => ({ ...r, overdue: isLeadOverdue(r, today) }));
  const last = page.at(-1);
  return {
    items: page,
    nextCursor: rows.length > input.limit && last ? { reportedOn: last.reportedOn, id: last.id } : null,
  };
}
