import { and, eq, inArray, ne, schema, type Executor } from "@crm/db";
import { STAGE_LABELS, type Stage, type Role } from "@crm/domain";

import { BUREAU_MEMBER_ROLES, UNIT_MEMBER_ROLES } from "../scope/roles";

/** What happened, as a message key the web app words in the user's language. */
export type NotificationKind =
  | "task.assigned"
  | "task.replied"
  | "task.reported"
  | "task.accepted"
  | "task.sentBack"
  | "task.overdue"
  | "lead.assigned"
  | "lead.overdue"
  | "dispatch.due"
  | "project.stageMoved"
  | "approval.submitted"
  | "approval.blocked"
  | "approval.overdue"
  | "request.raised"
  | "request.routed"
  | "request.replied"
  | "request.resolved"
  | "request.rated"
  | "request.escalated";

/** The words a group robot posts (the groups read Chinese). */
export function webhookText(kind: NotificationKind, p: Record<string, string>): string {
  switch (kind) {
    case "task.assigned":
      return `【招商通】新交办事项：${p.title}，请于${p.due}前办结。`;
    case "task.replied":
      return `【招商通】事项有新进展：${p.title}`;
    case "task.reported":
      return `【招商通】事项申请办结，待验收：${p.title}`;
    case "task.accepted":
      return `【招商通】事项已验收办结：${p.title}`;
    case "task.sentBack":
      return `【招商通】事项被退回重办：${p.title}`;
    case "task.overdue":
      return `【招商通】事项已超期，请尽快办理：${p.title}（时限${p.due}）`;
    case "lead.assigned":
      return `【招商通】新交办线索：${p.name}，请于${p.due}前跟进并反馈结果。`;
    case "lead.overdue":
      return `【招商通】线索已超期未办结：${p.name}（时限${p.due}）`;
    case "dispatch.due":
      return `【招商通】${p.month}月度调度已开始：本单位还有${p.n}个项目未填报，请于${p.due}前填报。`;
    case "project.stageMoved":
      return `【招商通】项目“${p.name}”推进到“${STAGE_LABELS[p.stage as Stage] ?? p.stage}”。`;
    case "approval.submitted":
      return `【招商通】审批事项已报送本部门：${p.project}·${p.item}${p.due ? `（时限${p.due}）` : ""}`;
    case "approval.blocked":
      return `【招商通】审批事项遇到卡点：${p.project}·${p.item}（${p.blocker}）`;
    case "approval.overdue":
      return `【招商通】审批事项已超时限：${p.project}·${p.item}（时限${p.due}）`;
    case "request.raised":
      return `【招商通】新企业诉求：${p.enterprise}——${p.title}`;
    case "request.routed":
      return `【招商通】企业诉求交由本单位办理：${p.title}，请于${p.due}前办结。`;
    case "request.replied":
      return `【招商通】企业诉求有新答复：${p.title}`;
    case "request.resolved":
      return `【招商通】企业诉求已办结：${p.title}`;
    case "request.rated":
      return `【招商通】企业对诉求办理作出评价（${p.rating}星）：${p.title}`;
    case "request.escalated":
      return `【招商通】企业诉求超时未办结，已提级督办：${p.title}（${p.unit}，时限${p.due}）`;
  }
}

/**
 * Writes in-app notifications, in the caller's transaction, for the given people (never the
 * actor), and queues the same event for the webhook of each unit it concerns, where one is set.
 */
export async function notify(
  db: Executor,
  input: {
    userIds: string[];
    actorId: string | null;
    kind: NotificationKind;
    params: Record<string, string>;
    link: string;
    unitIds?: string[];
  },
) {
  const recipients = [...new Set(input.userIds)].filter((id) => id !== input.actorId);
  if (recipients.length) {
    await db
      .insert(schema.notifications)
      .values(recipients.map((userId) => ({ userId, kind: input.kind, params: input.params, link: input.link })));
  }
  const units = [...new Set(input.unitIds ?? [])];
  if (!units.length) return;
  const hooks = await db.select().from(schema.unitWebhooks).where(inArray(schema.unitWebhooks.unitId, units));
  if (!hooks.length) return;
  const payload = { msgtype: "text", text: { content: webhookText(input.kind, input.params) } };
  await db.insert(schema.webhookDeliveries).values(hooks.map((h) => ({ unitId: h.unitId, url: h.url, payload })));
}

/** The active people of a unit (a task's addressees when no one person is named). */
export async function unitMembers(db: Executor, unitId: string, exceptUserId?: string) {
  const rows = await db
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(
      and(
        eq(schema.users.unitId, unitId),
        eq(schema.users.disabled, false),
        exceptUserId ? ne(schema.users.id, exceptUserId) : undefined,
        inArray(schema.users.role, [...UNIT_MEMBER_ROLES]),
      ),
    );
  return rows.map((r) => r.id);
}

/** The active people of the bureau (who route requests and hear of blockers). */
export async function bureauMembers(db: Executor, roles: readonly Role[] = BUREAU_MEMBER_ROLES) {
  const rows = await db
    .select({ id: schema.users.id, unitId: schema.users.unitId })
    .from(schema.users)
    .where(and(eq(schema.users.disabled, false), inArray(schema.users.role, [...roles])));
  return {
    userIds: rows.map((r) => r.id),
    unitIds: [...new Set(rows.map((r) => r.unitId).filter((u): u is string => u !== null))],
  };
}

/** The active accounts of an enterprise. */
export async function enterpriseUsers(db: Executor, enterpriseId: string) {
  const rows = await db
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(and(eq(schema.users.enterpriseId, enterpriseId), eq(schema.users.disabled, false)));
  return rows.map((r) => r.id);
}
