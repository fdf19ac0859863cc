import { asc, eq, inArray, schema } from "@crm/db";
import type { TRPCRouterRecord } from "@trpc/server";

import { noInput, permitted } from "../trpc";

const { orgUnits, chains } = schema;

export const orgRouter = {
  /** The five zone task forces, for filters. */
  zones: permitted("project.read")
    .input(noInput)
    .query(({ ctx }) =>
      ctx.db.select({ id: orgUnits.id, name: orgUnits.shortName }).from(orgUnits).where(eq(orgUnits.kind, "zone")).orderBy(asc(orgUnits.sort)),
    ),
  /** Zones and departments: the units a lead can be assigned to. */
  assignees: permitted("lead.read")
    .input(noInput)
    .query(({ ctx }) =>
      ctx.db
        .select({ id: orgUnits.id, name: orgUnits.shortName, kind: orgUnits.kind })
        .from(orgUnits)
        .where(inArray(orgUnits.kind, ["zone", "department"]))
        .orderBy(asc(orgUnits.sort)),
    ),
  /** The industry chains (一图谱), for filters and forms. */
  chains: permitted("chain.read")
    .input(noInput)
    .query(({ ctx }) => ctx.db.select({ id: chains.id, name: chains.name }).from(chains).orderBy(asc(chains.sort))),
} satisfies TRPCRouterRecord;
