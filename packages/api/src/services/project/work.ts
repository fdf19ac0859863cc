import { and, desc, eq, inArray, ne, schema, sql } from "@crm/db";
import { isOverdue, isRequestOverdue, TASK_OWED, todayInShanghai } from "@crm/domain";

import type { AuthedContext } from "../../context";
import { leadScope } from "../../scope/leads";
import { scopedProjectById } from "../../scope/projects";
import { requestScope } from "../../scope/service";
import { taskScope } from "../../scope/tasks";

const { tasks, serviceRequests, orgUnits, leads } = schema;

/**
 * What is being done for a project, on its page: its tasks (open first, then the latest), its
 * enterprise's requests about it, and the lead it came from — each as far as the caller may see.
 */
export async function projectWork(ctx: AuthedContext, input: { id: string }) {
  const { db, user } = ctx;
  const project = await scopedProjectById(db, user, input.id);
  const today = todayInShanghai(ctx.now());
  const [taskRows, requestRows, lead] = await Promise.all([
    db
      .select({
        id: tasks.id,
        title: tasks.title,
        subject: tasks.subject,
        status: tasks.status,
        dueOn: tasks.dueOn,
        assignedOn: tasks.assignedOn,
        unit: orgUnits.shortName,
      })
      .from(tasks)
      .innerJoin(orgUnits, eq(orgUnits.id, tasks.assigneeUnitId))
      .where(and(taskScope(user), eq(tasks.projectId, project.id), ne(tasks.status, "cancelled")))
      .orderBy(sql`${inArray(tasks.status, [...TASK_OWED, "reported"])} desc`, desc(tasks.assignedOn))
      .limit(50),
    db
      .select({
        id: serviceRequests.id,
        title: serviceRequests.title,
        status: serviceRequests.status,
        dueOn: serviceRequests.dueOn,
        escalatedAt: serviceRequests.escalatedAt,
        department: orgUnits.shortName,
      })
      .from(serviceRequests)
      .leftJoin(orgUnits, eq(orgUnits.id, serviceRequests.departmentId))
      .where(and(requestScope(user), eq(serviceRequests.projectId, project.id)))
      .orderBy(sql`${serviceRequests.status} <> 'resolved' desc`, desc(serviceRequests.createdAt))
      .limit(50),
    db
      .select({ id: leads.id, reportedOn: leads.reportedOn })
      .from(leads)
      .where(and(leadScope(user), eq(leads.projectId, project.id)))
      .limit(1),
  ]);
  return {
    tasks: taskRows.map((r) => ({ ...r, overdue: isOverdue(r, today) })),
    requests: requestRows.map((r) => ({
      ...r,
      escalated: r.escalatedAt !== null && r.status === "assigned",
      overdue: isRequestOverdue(r, today),
    })),
    lead: lead[0] ?? null,
  };
}
