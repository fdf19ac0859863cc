import type { SessionUser } from "@crm/auth";
import { and, asc, desc, eq, isNotNull, lt, ne, schema, sql, type Executor } from "@crm/db";
import type { SQL } from "drizzle-orm";
import { todayInShanghai, type RequestListInput, can, isStaff } from "@crm/domain";
import { alias } from "drizzle-orm/pg-core";
import type { z } from "zod";

import { enterpriseHiddenAs, shownEnterpriseName, shownProjectName } from "../../scope/names";
import type { AuthedContext } from "../../context";
import { notFound } from "../../errors";
import { requestScope, scopedRequestById } from "../../scope/service";

const { serviceRequests, serviceRequestEntries, serviceRequestAttachments, enterprises, orgUnits, users, projects } =
  schema;
const raiser = alias(users, "raiser");

const overdueSql = (today: string) => and(eq(serviceRequests.status, "assigned"), lt(serviceRequests.dueOn, today));

/** The list's filter as conditions on the request (and its project, left-joined): shared with the cockpit. */
export function requestListConditions(input: z.infer<typeof RequestListInput>): (SQL | undefined)[] {
  const status =
    input.status === "all"
      ? undefined
      : input.status === "open"
        ? ne(serviceRequests.status, "resolved")
        : input.status === "escalated"
          ? and(isNotNull(serviceRequests.escalatedAt), eq(serviceRequests.status, "assigned"))
          : eq(serviceRequests.status, input.status);
  return [
    status,
    input.zoneId ? eq(projects.zoneId, input.zoneId) : undefined,
    input.chainId ? eq(projects.chainId, input.chainId) : undefined,
  ];
}

/** Requests for staff: new ones first for the bureau to route, then overdue, then by due date. */
export async function listRequests(ctx: AuthedContext, input: z.infer<typeof RequestListInput>) {
  const { db, user } = ctx;
  const now = ctx.now();
  const today = todayInShanghai(now);
  const rows = await db
    .select({
      id: serviceRequests.id,
      title: serviceRequests.title,
      category: serviceRequests.category,
      status: serviceRequests.status,
      enterprise: shownEnterpriseName(user),
      department: orgUnits.shortName,
      dueOn: serviceRequests.dueOn,
      rating: serviceRequests.rating,
      escalatedAt: serviceRequests.escalatedAt,
      createdAt: serviceRequests.createdAt,
    })
    .from(serviceRequests)
    .innerJoin(enterprises, eq(enterprises.id, serviceRequests.enterpriseId))
    .leftJoin(orgUnits, eq(orgUnits.id, serviceRequests.departmentId))
    .leftJoin(projects, eq(projects.id, serviceRequests.projectId))
    .where(and(requestScope(user), ...requestListConditions(input)))
    .orderBy(
      sql`${serviceRequests.status} = 'submitted' desc`,
      sql`(${overdueSql(today)}) desc nulls last`,
      asc(serviceRequests.dueOn),
      desc(serviceRequests.createdAt),
    )
    .limit(300);
  return rows.map((r) => ({ ...r, overdue: r.status === "assigned" && r.dueOn !== null && r.dueOn < today }));
}

/** One request as staff see it: the thread with people's names, attachments, and what they may do. */
export async function requestForStaff(ctx: AuthedContext, input: { id: string }) {
  const { db, user } = ctx;
  const { id } = input;
  const now = ctx.now();
  const request = await scopedRequestById(db, user, id);
  const today = todayInShanghai(now);
  const hiddenAs = enterpriseHiddenAs(user, enterprises.id);
  const [head] = await db
    .select({
      enterprise: shownEnterpriseName(user),
      department: orgUnits.shortName,
      // The enterprise's own people name it: not shown while it goes by a code name.
      raisedBy: sql<
        string | null
      >`(case when ${hiddenAs} is null or ${raiser.enterpriseId} is null then ${raiser.displayName} end)`,
      project: sql<string | null>`(case when ${projects.id} is not null then ${shownProjectName(user)} end)`,
      enterpriseHidden: sql<boolean>`(${hiddenAs} is not null)`,
    })
    .from(serviceRequests)
    .innerJoin(enterprises, eq(enterprises.id, serviceRequests.enterpriseId))
    .innerJoin(raiser, eq(raiser.id, serviceRequests.raisedById))
    .leftJoin(orgUnits, eq(orgUnits.id, serviceRequests.departmentId))
    .leftJoin(projects, eq(projects.id, serviceRequests.projectId))
    .where(eq(serviceRequests.id, id));
  const [entries, attachments] = await Promise.all([
    db
      .select({
        id: serviceRequestEntries.id,
        kind: serviceRequestEntries.kind,
        body: serviceRequestEntries.body,
        author: users.displayName,
        authorRole: users.role,
        unit: orgUnits.shortName,
        at: serviceRequestEntries.createdAt,
      })
      .from(serviceRequestEntries)
      .leftJoin(users, eq(users.id, serviceRequestEntries.authorId))
      .leftJoin(orgUnits, eq(orgUnits.id, serviceRequestEntries.unitId))
      .where(eq(serviceRequestEntries.requestId, id))
      .orderBy(asc(serviceRequestEntries.createdAt)),
    attachmentList(db, id),
  ]);
  const { enterpriseHidden, ...names } = head!;
  return {
    ...request,
    enterpriseId: enterpriseHidden ? null : request.enterpriseId,
    ...names,
    overdue: request.status === "assigned" && request.dueOn !== null && request.dueOn < today,
    entries: entries.map(({ authorRole, ...e }) =>
      enterpriseHidden && authorRole !== null && !isStaff(authorRole) ? { ...e, author: null } : e,
    ),
    attachments,
    /** Route it (the bureau, until resolved); answer it (once routed; a department sees only those routed to it). */
    can: {
      route: request.status !== "resolved" && can(user.role, "request.route"),
      respond: request.status === "assigned" && can(user.role, "request.handle"),
    },
  };
}

export function attachmentList(db: Executor, requestId: string) {
  return db
    .select({
      id: serviceRequestAttachments.id,
      fileName: serviceRequestAttachments.fileName,
      contentType: serviceRequestAttachments.contentType,
      size: serviceRequestAttachments.size,
    })
    .from(serviceRequestAttachments)
    .where(eq(serviceRequestAttachments.requestId, requestId))
    .orderBy(asc(serviceRequestAttachments.createdAt));
}

/** One attachment's file, if its request is in the caller's scope; null otherwise. */
export async function attachmentFile(db: Executor, user: SessionUser, attachmentId: string) {
  const [file] = await db
    .select()
    .from(serviceRequestAttachments)
    .where(eq(serviceRequestAttachments.id, attachmentId));
  if (!file) return null;
  const [visible] = await db
    .select({ id: serviceRequests.id })
    .from(serviceRequests)
    .where(and(requestScope(user), eq(serviceRequests.id, file.requestId)));
  return visible ? file : null;
}

/** One attachment's file for the caller: NOT_FOUND when there is none or its request is outside the caller's scope. */
export async function attachmentById(ctx: AuthedContext, input: { id: string }) {
  const file = await attachmentFile(ctx.db, ctx.user, input.id);
  if (!file) throw notFound();
  return file;
}
