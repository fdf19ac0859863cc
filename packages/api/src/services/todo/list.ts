import { can, TODO_OWED_KINDS, todayInShanghai, type TodoListInput } from "@crm/domain";

import type { AuthedContext } from "../../context";
import { decidesApprovals, watchesDistrict } from "../../scope/roles";
import type { TodoItem } from "./item";
import { approvalItems, dispatchItems, districtOverdue, leadItems, requestItems, taskItems } from "./sources";

const byUrgency = (a: TodoItem, b: TodoItem) =>
  Number(b.overdue) - Number(a.overdue) ||
  Number(b.escalated) - Number(a.escalated) ||
  (a.dueOn ?? "9999").localeCompare(b.dueOn ?? "9999") ||
  (a.since ?? "").localeCompare(b.since ?? "") ||
  a.key.localeCompare(b.key);

/** Every item the caller owes or waits on, from every source their role has, unfiltered. */
export async function allTodo(ctx: AuthedContext, today: string): Promise<TodoItem[]> {
  const { db, user } = ctx;
  const who = { db, user, today };
  const parts = await Promise.all([
    taskItems(who),
    can(user.role, "lead.read") ? leadItems(who, can(user.role, "lead.assign")) : [],
    can(user.role, "request.read") ? requestItems(who, can(user.role, "request.route")) : [],
    decidesApprovals(user) ? approvalItems(who) : [],
    can(user.role, "project.write") ? dispatchItems(who) : [],
    watchesDistrict(user) ? districtOverdue(who) : [],
  ]);
  const seen = new Set<string>();
  return parts
    .flat()
    .filter((i) => !seen.has(i.key) && seen.add(i.key))
    .sort(byUrgency);
}

/** 待办: the caller's to-do, overdue first, filtered as My work asks; the counts are of the whole list. */
export async function todoList(ctx: AuthedContext, input: TodoListInput) {
  const today = todayInShanghai(ctx.now());
  const all = await allTodo(ctx, today);
  const owed = (i: TodoItem) => TODO_OWED_KINDS.includes(i.kind);
  const items = all.filter(
    (i) =>
      (!input.kind || i.kind === input.kind) &&
      (!input.side || (input.side === "owed") === owed(i)) &&
      (!input.overdue || i.overdue),
  );
  const kinds: Partial<Record<TodoItem["kind"], number>> = {};
  for (const i of all) kinds[i.kind] = (kinds[i.kind] ?? 0) + 1;
  return {
    today,
    items,
    counts: {
      all: all.length,
      owed: all.filter(owed).length,
      waiting: all.filter((i) => !owed(i)).length,
      overdue: all.filter((i) => i.overdue && owed(i)).length,
      overdueWaiting: all.filter((i) => i.overdue && !owed(i)).length,
      kinds,
    },
  };
}
