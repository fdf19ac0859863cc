import { asc, eq, schema } from "@crm/db";

import type { AuthedContext } from "../../context";
import { isDistrictWide } from "../../scope/roles";

const { orgUnits } = schema;

/**
 * The choices the project list's filters offer the caller: the five zones for the district-wide
 * roles; none for a caller whose projects are its own unit's (a zone, a department).
 */
export async function projectFilterOptions(ctx: AuthedContext) {
  const { db, user } = ctx;
  const zones = isDistrictWide(user)
    ? await db
        .select({ id: orgUnits.id, name: orgUnits.shortName })
        .from(orgUnits)
        .where(eq(orgUnits.kind, "zone"))
        .orderBy(asc(orgUnits.sort))
    : [];
  return { zones };
}
