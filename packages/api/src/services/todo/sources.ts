import { and, asc, eq, inArray, lt, ne, not, or, schema, sql, type Executor } from "@crm/db";
import {
  APPROVAL_WITH_DEPARTMENT,
  DISPATCH_STAGES,
  TASK_OWED,
  isApprovalOverdue,
  isLeadOverdue,
  isOverdue,
  isRequestOverdue,
  monthEnd,
  monthStart,
  monthOf,
} from "@crm/domain";
import type { SessionUser } from "@crm/auth";
import type { SQL } from "drizzle-orm";

import { leadScope } from "../../scope/leads";
import { leadHiddenAs, shownEnterpriseName, shownProjectName } from "../../scope/names";
import { approvalScope, requestScope } from "../../scope/service";
import { taskScope } from "../../scope/tasks";
import { item, type TodoItem } from "./item";
import { overdueLead } from "../lead/overdue";

const { tasks, leads, serviceRequests, approvals, projects, enterprises, orgUnits, monthlyUpdates } = schema;

/** A source's rows are bounded: a to-do longer than this is a list to work from, not a to-do. */
const CAP = 300;

interface Who {
  db: Executor;
  user: SessionUser;
  today: string;
}

const myUnit = (user: SessionUser, column: Parameters<typeof eq>[0]) =>
  user.unitId ? eq(column, user.unitId) : sql`false`;

const projectName = (user: SessionUser) =>
  sql<string | null>`(case when ${projects.id} is not null then ${shownProjectName(user)} end)`;

/**
 * Tasks: owed by the caller or their unit (`task`), reported and waiting for the caller's acceptance
 * (`review`), and those the caller gave that are overdue or are instructions still open (`waiting`).
 */
export async function taskItems({ db, user, today }: Who, extra?: SQL): Promise<TodoItem[]> {
  const mine = or(myUnit(user, tasks.assigneeUnitId), eq(tasks.assigneeUserId, user.id));
  const gave = eq(tasks.assignedById, user.id);
  const rows = await db
    .select({
      id: tasks.id,
      title: tasks.title,
      subject: tasks.subject,
      status: tasks.status,
      dueOn: tasks.dueOn,
      assignedOn: tasks.assignedOn,
      assigneeUnitId: tasks.assigneeUnitId,
      assigneeUserId: tasks.assigneeUserId,
      assignedById: tasks.assignedById,
      unit: orgUnits.shortName,
      about: projectName(user),
    })
    .from(tasks)
    .innerJoin(orgUnits, eq(orgUnits.id, tasks.assigneeUnitId))
    .leftJoin(projects, eq(projects.id, tasks.projectId))
    .where(
      and(
        taskScope(user),
        extra ??
          or(
            and(mine, inArray(tasks.status, [...TASK_OWED])),
            and(gave, inArray(tasks.status, [...TASK_OWED, "reported"])),
          ),
      ),
    )
    .orderBy(asc(tasks.dueOn), asc(tasks.id))
    .limit(CAP);
  const out: TodoItem[] = [];
  for (const r of rows) {
    const overdue = isOverdue(r, today);
    const owedByMe = (r.assigneeUserId === user.id || r.assigneeUnitId === user.unitId) && TASK_OWED.includes(r.status);
    const kind = owedByMe
      ? "task"
      : r.assignedById === user.id && r.status === "reported"
        ? "review"
        : r.assignedById === user.id && (overdue || r.subject === "instruction")
          ? "waiting"
          : extra
            ? "overdue"
            : null;
    if (!kind) continue;
    out.push(
      item({
        kind,
        id: r.id,
        title: r.title,
        about: r.about,
        unit: owedByMe ? null : r.unit,
        status: r.status,
        subject: r.subject,
        since: r.assignedOn,
        dueOn: r.dueOn,
        overdue: kind === "review" ? false : overdue,
        link: `/work/${r.id}`,
      }),
    );
  }
  return out;
}

const leadName = (user: SessionUser) => sql<string>`coalesce(${leadHiddenAs(user)}, ${leads.enterpriseName})`;

/** Leads assigned to the caller's unit and still open (`lead`); new leads for those who assign them (`leadRouting`). */
export async function leadItems({ db, user, today }: Who, routes: boolean, extra?: SQL): Promise<TodoItem[]> {
  const rows = await db
    .select({
      id: leads.id,
      name: leadName(user),
      status: leads.status,
      dueOn: leads.dueOn,
      reportedOn: leads.reportedOn,
      assignedOn: leads.assignedOn,
      assigneeUnitId: leads.assigneeUnitId,
      unit: orgUnits.shortName,
    })
    .from(leads)
    .leftJoin(orgUnits, eq(orgUnits.id, leads.assigneeUnitId))
    .where(
      and(
        leadScope(user),
        extra ??
          or(
            and(eq(leads.status, "assigned"), myUnit(user, leads.assigneeUnitId)),
            routes ? eq(leads.status, "new") : sql`false`,
          ),
      ),
    )
    .orderBy(asc(leads.dueOn), asc(leads.reportedOn))
    .limit(CAP);
  return rows.map((r) => {
    const own = r.status === "assigned" && r.assigneeUnitId === user.unitId;
    return item({
      kind: extra ? "overdue" : own ? "lead" : "leadRouting",
      id: r.id,
      title: r.name,
      unit: own ? null : r.unit,
      status: r.status,
      since: own || extra ? r.assignedOn : r.reportedOn,
      dueOn: r.dueOn,
      overdue: isLeadOverdue(r, today),
      link: `/leads/${r.id}`,
    });
  });
}

/** Requests routed to the caller's department and unresolved (`request`); new ones for those who route (`requestRouting`). */
export async function requestItems({ db, user, today }: Who, routes: boolean, extra?: SQL): Promise<TodoItem[]> {
  const rows = await db
    .select({
      id: serviceRequests.id,
      title: serviceRequests.title,
      status: serviceRequests.status,
      dueOn: serviceRequests.dueOn,
      createdAt: serviceRequests.createdAt,
      escalatedAt: serviceRequests.escalatedAt,
      departmentId: serviceRequests.departmentId,
      unit: orgUnits.shortName,
      about: shownEnterpriseName(user),
    })
    .from(serviceRequests)
    .innerJoin(enterprises, eq(enterprises.id, serviceRequests.enterpriseId))
    .leftJoin(orgUnits, eq(orgUnits.id, serviceRequests.departmentId))
    .where(
      and(
        requestScope(user),
        extra ??
          or(
            and(eq(serviceRequests.status, "assigned"), myUnit(user, serviceRequests.departmentId)),
            routes ? eq(serviceRequests.status, "submitted") : sql`false`,
          ),
      ),
    )
    .orderBy(asc(serviceRequests.dueOn), asc(serviceRequests.createdAt))
    .limit(CAP);
  return rows.map((r) => {
    const own = r.status === "assigned" && r.departmentId === user.unitId;
    return item({
      kind: extra ? "overdue" : own ? "request" : "requestRouting",
      id: r.id,
      title: r.title,
      about: r.about,
      unit: own ? null : r.unit,
      status: r.status,
      since: r.createdAt.toISOString().slice(0, 10),
      dueOn: r.dueOn,
      overdue: isRequestOverdue(r, today),
      escalated: r.escalatedAt !== null && r.status === "assigned",
      link: `/requests/${r.id}`,
    });
  });
}

/** Approval items the caller's department holds (submitted or in review), overdue ones flagged. */
export async function approvalItems({ db, user, today }: Who): Promise<TodoItem[]> {
  if (!user.unitId) return [];
  const rows = await db
    .select({
      id: approvals.id,
      item: approvals.item,
      status: approvals.status,
      dueOn: approvals.dueOn,
      submittedOn: approvals.submittedOn,
      projectId: approvals.projectId,
      about: shownProjectName(user),
    })
    .from(approvals)
    .innerJoin(projects, eq(projects.id, approvals.projectId))
    .where(
      and(
        approvalScope(user),
        eq(approvals.departmentId, user.unitId),
        inArray(approvals.status, [...APPROVAL_WITH_DEPARTMENT]),
      ),
    )
    .orderBy(asc(approvals.dueOn), asc(approvals.submittedOn))
    .limit(CAP);
  return rows.map((r) =>
    item({
      kind: "approval",
      id: r.id,
      title: r.item,
      about: r.about,
      status: r.status,
      since: r.submittedOn,
      dueOn: r.dueOn,
      overdue: isApprovalOverdue(r, today),
      link: `/projects/${r.projectId}#approvals`,
    }),
  );
}

/** This month's dispatch for the caller's unit: one item while any of its open projects lacks its update. */
export async function dispatchItems({ db, user, today }: Who): Promise<TodoItem[]> {
  if (!user.unitId) return [];
  const month = monthOf(today);
  const [row] = await db
    .select({
      total: sql<number>`count(*)::int`,
      done: sql<number>`count(${monthlyUpdates.id})::int`,
    })
    .from(projects)
    .leftJoin(
      monthlyUpdates,
      and(eq(monthlyUpdates.projectId, projects.id), eq(monthlyUpdates.month, monthStart(month))),
    )
    .where(and(eq(projects.responsibleUnitId, user.unitId), inArray(projects.stage, [...DISPATCH_STAGES])));
  if (!row || row.total === 0 || row.done >= row.total) return [];
  return [
    item({
      kind: "dispatch",
      id: month,
      title: month,
      since: monthStart(month),
      dueOn: monthEnd(today),
      overdue: false,
      progress: { done: row.done, total: row.total },
      link: `/dispatch?month=${month}`,
    }),
  ];
}

/** For those who watch the district: every other unit's overdue task, lead and request. */
export async function districtOverdue(who: Who): Promise<TodoItem[]> {
  const { user, today } = who;
  const [t, l, r] = await Promise.all([
    taskItems(
      who,
      and(
        inArray(tasks.status, [...TASK_OWED]),
        lt(tasks.dueOn, today),
        ne(tasks.assignedById, user.id),
        user.unitId ? ne(tasks.assigneeUnitId, user.unitId) : undefined,
      ),
    ),
    leadItems(
      who,
      false,
      and(overdueLead(today), user.unitId ? not(eq(leads.assigneeUnitId, user.unitId)) : undefined),
    ),
    requestItems(who, false, and(eq(serviceRequests.status, "assigned"), lt(serviceRequests.dueOn, today))),
  ]);
  return [...t, ...l, ...r];
}
