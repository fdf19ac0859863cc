import { asc, desc, eq, schema } from "@crm/db";
import { can, isLeadOverdue, todayInShanghai } from "@crm/domain";

import type { AuthedContext } from "../../context";
import { scopedLeadById, mayHandleLead } from "../../scope/leads";
import { phonesShown } from "../../scope/personal";
import { leadHiddenAs, projectNameColumns } from "../../scope/names";
import { mayOpenProjectInZone } from "../../scope/units";

const { leadReporters, orgUnits, users, followUps, chains, projects } = schema;

/** One lead with its reporters (every unit that gets credit), follow-ups and the project it became. */
export async function leadById(ctx: AuthedContext, input: { id: string }) {
  const { db, user } = ctx;
  const { id } = input;
  const lead = await scopedLeadById(db, user, id);
  const [reporters, history, chain, assignee, project, hidden] = await Promise.all([
    db
      .select({ unit: orgUnits.shortName, person: users.displayName, reportedOn: leadReporters.reportedOn })
      .from(leadReporters)
      .innerJoin(orgUnits, eq(orgUnits.id, leadReporters.unitId))
      .innerJoin(users, eq(users.id, leadReporters.userId))
      .where(eq(leadReporters.leadId, id))
      .orderBy(asc(leadReporters.reportedOn)),
    db
      .select({
        id: followUps.id,
        kind: followUps.kind,
        occurredOn: followUps.occurredOn,
        people: followUps.people,
        summary: followUps.summary,
        nextStep: followUps.nextStep,
        author: users.displayName,
      })
      .from(followUps)
      .innerJoin(users, eq(users.id, followUps.authorId))
      .where(eq(followUps.leadId, id))
      .orderBy(desc(followUps.occurredOn)),
    lead.chainId
      ? db.select({ name: chains.name }).from(chains).where(eq(chains.id, lead.chainId))
      : Promise.resolve([]),
    lead.assigneeUnitId
      ? db
          .select({ name: orgUnits.shortName, kind: orgUnits.kind })
          .from(orgUnits)
          .where(eq(orgUnits.id, lead.assigneeUnitId))
      : Promise.resolve([]),
    lead.projectId
      ? db
          .select({
            id: projects.id,
            name: projectNameColumns(user).name,
            stage: projects.stage,
          })
          .from(projects)
          .where(eq(projects.id, lead.projectId))
      : Promise.resolve([]),
    db
      .select({ as: leadHiddenAs(user) })
      .from(schema.leads)
      .where(eq(schema.leads.id, id))
      .then((rows) => rows[0]?.as ?? null),
  ]);
  const converted = project[0] ?? null;
  // A lead that became a confidential project goes by its code name for whoever is shown that name.
  const identity = hidden
    ? {
        enterpriseName: hidden,
        enterpriseKey: "",
        creditCode: null,
        enterpriseId: null,
        contactName: null,
        contactPhone: null,
      }
    : {};
  const open = lead.status === "new" || lead.status === "assigned";
  const handle = open && can(user.role, "lead.write") && mayHandleLead(user, lead);
  const zones = handle
    ? await db
        .select({ id: orgUnits.id, name: orgUnits.shortName })
        .from(orgUnits)
        .where(eq(orgUnits.kind, "zone"))
        .orderBy(asc(orgUnits.sort))
    : [];
  const phones = hidden
    ? {}
    : await phonesShown(ctx, { entity: "lead", id }, { contactPhone: lead.contactPhone }, can(user.role, "lead.write"));
  return {
    ...lead,
    ...phones,
    ...identity,
    overdue: isLeadOverdue(lead, todayInShanghai(ctx.now())),
    reporters,
    followUps: history,
    chain: chain[0]?.name ?? null,
    assignee: assignee[0] ?? null,
    project: converted ? { id: converted.id, name: converted.name, stage: converted.stage } : null,
    /** What the caller may do with it: assign it, handle it (follow up, convert, drop), and into which zones convert it. */
    can: {
      assign: open && can(user.role, "lead.assign"),
      handle,
      convertInto: zones.filter((z) => mayOpenProjectInZone(user, z.id)),
    },
  };
}
