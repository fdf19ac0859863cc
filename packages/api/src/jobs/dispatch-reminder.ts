import { and, eq, inArray, isNull, schema, sql, type Database } from "@crm/db";
import { DISPATCH_STAGES, monthEnd, monthOf, monthStart, todayInShanghai } from "@crm/domain";

import { notify, unitMembers } from "../services/notify";
import { claimAnnouncement, notAnnounced } from "./announce-once";

const { projects, monthlyUpdates } = schema;

/** Each unit hears once a month that its dispatch is open. */
const dispatchDueKind = (month: string) => `dispatch.due@${month}`;

/**
 * 一月一调度: once a month, each unit whose open projects still lack this month's update hears it
 * in the bell and its group robot — how many and by when (the month's last day). A unit that has
 * already posted them all hears nothing; the to-do carries the item until the last one is in.
 */
export async function remindDispatch(db: Database, now: Date) {
  const today = todayInShanghai(now);
  const month = monthOf(today);
  const kind = dispatchDueKind(month);
  const owing = await db
    .select({ unitId: projects.responsibleUnitId, missing: sql<number>`count(*)::int` })
    .from(projects)
    .leftJoin(
      monthlyUpdates,
      and(eq(monthlyUpdates.projectId, projects.id), eq(monthlyUpdates.month, monthStart(month))),
    )
    .where(
      and(
        inArray(projects.stage, [...DISPATCH_STAGES]),
        isNull(monthlyUpdates.id),
        notAnnounced(kind, projects.responsibleUnitId),
      ),
    )
    .groupBy(projects.responsibleUnitId);
  let announced = 0;
  for (const { unitId, missing } of owing) {
    await db.transaction(async (tx) => {
      if (!(await claimAnnouncement(tx, kind, unitId))) return;
      announced++;
      await notify(tx, {
        userIds: await unitMembers(tx, unitId),
        actorId: null,
        kind: "dispatch.due",
        params: { month, n: String(missing), due: monthEnd(today) },
        link: `/dispatch?month=${month}`,
        unitIds: [unitId],
      });
    });
  }
  return { announced };
}
