import { and, asc, eq, inArray, schema } from "@crm/db";
import type { TRPCRouterRecord } from "@trpc/server";

import { noInput, permitted } from "../trpc";

const { orgUnits, chains, users } = schema;

export const orgRouter = {
  /** The five zone task forces, for filters. */
  zones: permitted("project.read")
    .input(noInput)
    .query(({ ctx }) =>
      ctx.db
        .select({ id: orgUnits.id, name: orgUnits.shortName })
        .from(orgUnits)
        .where(eq(orgUnits.kind, "zone"))
        .orderBy(asc(orgUnits.sort)),
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
  /** Staff of the zone task forces and the district leaders: who can be a service contact or a responsible leader. */
  people: permitted("project.read")
    .input(noInput)
    .query(({ ctx }) =>
      ctx.db
        .select({ id: users.id, name: users.displayName, title: users.title, role: users.role, unitId: users.unitId })
        .from(users)
        .where(and(inArray(users.role, ["zone_staff", "leader"]), eq(users.disabled, false)))
        .orderBy(asc(users.displayName)),
    ),
  /** The industry chains (一图谱), for filters and forms. */
  chains: permitted("chain.read")
    .input(noInput)
    .query(({ ctx }) => ctx.db.select({ id: chains.id, name: chains.name }).from(chains).orderBy(asc(chains.sort))),
} satisfies TRPCRouterRecord;
