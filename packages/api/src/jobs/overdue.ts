import { and, eq, inArray, lt, schema, sql, type Database } from "@crm/db";
import { TASK_OWED, todayInShanghai } from "@crm/domain";

import { notify, unitMembers } from "../services/notify";
import { outboundEnterpriseName } from "../scope/names";
import { overdueLead } from "../services/lead/overdue";
import { claimAnnouncement, notAnnounced } from "./announce-once";

const { tasks, leads, jobAnnouncements, enterprises } = schema;

/** A lead is announced overdue once per deadline: given a new deadline, it is announced again when that passes. */
const leadOverdueKind = (dueOn: string) => `lead.overdue@${dueOn}`;

/**
 * Finds the tasks that have become overdue and tells their unit, the assigner and the unit's
 * webhook — once per task, however many sweeps run at once: each claims the task first.
 */
export async function sweepOverdue(db: Database, now: Date) {
  const today = todayInShanghai(now);
  const overdue = await db
    .select()
    .from(tasks)
    .where(and(inArray(tasks.status, [...TASK_OWED]), lt(tasks.dueOn, today), notAnnounced("task.overdue", tasks.id)));
  let announced = 0;
  for (const task of overdue) {
    await db.transaction(async (tx) => {
      if (!(await claimAnnouncement(tx, "task.overdue", task.id))) return;
      announced++;
      const to = task.assigneeUserId ? [task.assigneeUserId] : await unitMembers(tx, task.assigneeUnitId);
      await notify(tx, {
        userIds: [...to, task.assignedById],
        actorId: null,
        kind: "task.overdue",
        params: { title: task.title, due: task.dueOn },
        link: `/work/${task.id}`,
        unitIds: [task.assigneeUnitId],
      });
    });
  }
  return { announced: announced + (await sweepOverdueLeads(db, today)) };
}

/** Leads assigned and still open past their deadline: their unit and whoever assigned them hear of it, once. */
export async function sweepOverdueLeads(db: Database, today: string) {
  const overdue = await db
    .select({
      id: leads.id,
      dueOn: leads.dueOn,
      assigneeUnitId: leads.assigneeUnitId,
      assignedById: leads.assignedById,
      name: sql<string>`coalesce(${outboundEnterpriseName}, ${leads.enterpriseName})`,
    })
    .from(leads)
    .leftJoin(enterprises, eq(enterprises.id, leads.enterpriseId))
    .where(
      and(
        overdueLead(today),
        sql`not exists (select 1 from ${jobAnnouncements} where ${jobAnnouncements.subjectId} = ${leads.id} and ${jobAnnouncements.kind} = 'lead.overdue@' || ${leads.dueOn}::text)`,
      ),
    );
  let announced = 0;
  for (const lead of overdue) {
    await db.transaction(async (tx) => {
      if (!(await claimAnnouncement(tx, leadOverdueKind(lead.dueOn!), lead.id))) return;
      announced++;
      await notify(tx, {
        userIds: [...(await unitMembers(tx, lead.assigneeUnitId!)), ...(lead.assignedById ? [lead.assignedById] : [])],
        actorId: null,
        kind: "lead.overdue",
        params: { name: lead.name, due: lead.dueOn! },
        link: `/leads/${lead.id}`,
        unitIds: [lead.assigneeUnitId!],
      });
    });
  }
  return announced;
}
