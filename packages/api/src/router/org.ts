import { and, asc, eq, inArray, schema } from "@crm/db";
import type { TRPCRouterRecord } from "@trpc/server";

import { isLeader, LEADER_ROLES, mayBeServiceContact, ZONE_ROLES } from "../scope/roles";
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
  /** Who can be a service contact (zone task force staff) and who a responsible leader or a chair (the leaders). */
  people: permitted("project.read")
    .input(noInput)
    .query(async ({ ctx }) => {
      const people = await ctx.db
        .select({ id: users.id, name: users.displayName, title: users.title, role: users.role, unitId: users.unitId })
        .from(users)
        .where(and(inArray(users.role, [...ZONE_ROLES, ...LEADER_ROLES]), eq(users.disabled, false)))
        .orderBy(asc(users.displayName));
      const person = ({ role: _, ...p }: (typeof people)[number]) => p;
      return {
        serviceContacts: people.filter(mayBeServiceContact).map(person),
        leaders: people.filter(isLeader).map(person),
      };
    }),
  /** The industry chains (一图谱), for filters and forms. */
  chains: permitted("chain.read")
    .input(noInput)
    .query(({ ctx }) => ctx.db.select({ id: chains.id, name: chains.name }).from(chains).orderBy(asc(chains.sort))),
} satisfies TRPCRouterRecord;
