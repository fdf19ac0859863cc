import { and, eq, isNotNull, lt, schema } from "@crm/db";

const { leads } = schema;

/**
 * Overdue as SQL: the same rule as the domain's isLeadOverdue (assigned, still open, past its
 * deadline). The to-do, the task board, the bulletin and the overdue sweep share it.
 */
export const overdueLead = (today: string) =>
  and(eq(leads.status, "assigned"), isNotNull(leads.assigneeUnitId), isNotNull(leads.dueOn), lt(leads.dueOn, today));
