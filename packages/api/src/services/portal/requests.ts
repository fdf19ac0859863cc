import { and, asc, desc, eq, inArray, schema } from "@crm/db";
import { REQUEST_ENTRIES_FOR_ENTERPRISE } from "@crm/domain";

import type { AuthedContext } from "../../context";
import { requestScope, scopedRequestById } from "../../scope/service";
import { attachmentList } from "../requests/read";

const { serviceRequests, serviceRequestEntries, orgUnits, projects } = schema;

/**
 * The enterprise's own requests. Only what the enterprise may read leaves the server: no staff
 * names, no internal notes, no escalation — each answer shows the unit that gave it.
 */
export async function portalRequests(ctx: AuthedContext) {
  const { db, user } = ctx;
  return db
    .select({
      id: serviceRequests.id,
      title: serviceRequests.title,
      category: serviceRequests.category,
      status: serviceRequests.status,
      project: projects.name,
      department: orgUnits.shortName,
      dueOn: serviceRequests.dueOn,
      rating: serviceRequests.rating,
      createdAt: serviceRequests.createdAt,
      resolvedAt: serviceRequests.resolvedAt,
    })
    .from(serviceRequests)
    .leftJoin(orgUnits, eq(orgUnits.id, serviceRequests.departmentId))
    .leftJoin(projects, eq(projects.id, serviceRequests.projectId))
    .where(requestScope(user))
    .orderBy(desc(serviceRequests.createdAt));
}

/** One of the enterprise's requests with its thread as the enterprise sees it. */
export async function portalRequest(ctx: AuthedContext, input: { id: string }) {
  const { db, user } = ctx;
  const { id } = input;
  const r = await scopedRequestById(db, user, id);
  const [head] = await db
    .select({ project: projects.name, department: orgUnits.shortName })
    .from(serviceRequests)
    .leftJoin(orgUnits, eq(orgUnits.id, serviceRequests.departmentId))
    .leftJoin(projects, eq(projects.id, serviceRequests.projectId))
    .where(eq(serviceRequests.id, id));
  const entries = await db
    .select({
      id: serviceRequestEntries.id,
      kind: serviceRequestEntries.kind,
      body: serviceRequestEntries.body,
      unit: orgUnits.shortName,
      at: serviceRequestEntries.createdAt,
    })
    .from(serviceRequestEntries)
    .leftJoin(orgUnits, eq(orgUnits.id, serviceRequestEntries.unitId))
    .where(
      and(
        eq(serviceRequestEntries.requestId, id),
        inArray(serviceRequestEntries.kind, [...REQUEST_ENTRIES_FOR_ENTERPRISE]),
      ),
    )
    .orderBy(asc(serviceRequestEntries.createdAt));
  return {
    id: r.id,
    title: r.title,
    category: r.category,
    description: r.description,
    status: r.status,
    project: head?.project ?? null,
    department: head?.department ?? null,
    dueOn: r.dueOn,
    resolution: r.resolution,
    rating: r.rating,
    createdAt: r.createdAt,
    resolvedAt: r.resolvedAt,
    version: r.version,
    // A routing note is the bureau's word to the department: the enterprise sees that it was routed, not the note.
    entries: entries.map((e) => ({ ...e, body: e.kind === "route" ? null : e.body, unit: e.unit ?? null })),
    attachments: await attachmentList(db, id),
  };
}
