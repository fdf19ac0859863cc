import { and, asc, eq, inArray, schema, sql } from "@crm/db";
import { can, ROLES } from "@crm/domain";

import type { AuthedContext } from "../../context";
import { prospectNameColumns } from "../../scope/prospects";
import { mayPlanTrips } from "../../scope/trips";

const { chains, orgUnits, users, prospects } = schema;

/** Who may go on a delegation: the roles that may record a trip's meetings. */
const DELEGATION_ROLES = ROLES.filter((r) => can(r, "trip.record"));

/** What the trip forms choose from: chains, the units a lead may go to, the people, open targets. */
export async function tripOptions(ctx: AuthedContext) {
  const { db, user } = ctx;
  const planner = mayPlanTrips(user);
  const [chainRows, unitRows, people, targets] = await Promise.all([
    db.select({ id: chains.id, name: chains.name }).from(chains).orderBy(asc(chains.sort), asc(chains.name)),
    db
      .select({ id: orgUnits.id, name: orgUnits.shortName, kind: orgUnits.kind })
      .from(orgUnits)
      .where(sql`${orgUnits.kind} in ('zone', 'department')`)
      .orderBy(asc(orgUnits.sort)),
    planner
      ? db
          .select({ id: users.id, name: users.displayName, unitName: orgUnits.shortName })
          .from(users)
          .leftJoin(orgUnits, eq(orgUnits.id, users.unitId))
          .where(and(inArray(users.role, DELEGATION_ROLES), eq(users.disabled, false)))
          .orderBy(asc(orgUnits.sort), asc(users.displayName))
      : Promise.resolve([]),
    planner
      ? db
          .select({ id: prospects.id, name: prospectNameColumns(user).name })
          .from(prospects)
          .where(eq(prospects.status, "open"))
          .orderBy(asc(prospects.name))
          .limit(500)
      : Promise.resolve([]),
  ]);
  return { chains: chainRows, units: unitRows, people, targets };
}
