import { and, asc, eq, schema } from "@crm/db";
import type { CarriersOfInput } from "@crm/domain";

import type { AuthedContext } from "../../context";
import { carrierReadScope } from "../../scope/carriers";
import { scopedLeadById } from "../../scope/leads";
import { scopedProjectById } from "../../scope/projects";

const { carriers, orgUnits } = schema;

/** The carriers in talks with or taken by a lead or project the caller can see: where the project lands. */
export async function carriersOf(ctx: AuthedContext, input: CarriersOfInput) {
  const { db, user } = ctx;
  const lead = input.leadId ? await scopedLeadById(db, user, input.leadId) : null;
  const project = input.projectId ? await scopedProjectById(db, user, input.projectId) : null;
  return db
    .select({
      id: carriers.id,
      code: carriers.code,
      name: carriers.name,
      kind: carriers.kind,
      state: carriers.state,
      zoneName: orgUnits.shortName,
    })
    .from(carriers)
    .innerJoin(orgUnits, eq(orgUnits.id, carriers.zoneId))
    .where(
      and(
        carrierReadScope(user),
        lead ? eq(carriers.leadId, lead.id) : project ? eq(carriers.projectId, project.id) : undefined,
      ),
    )
    .orderBy(asc(carriers.code))
    .limit(50);
}
