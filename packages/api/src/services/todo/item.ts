import type { TodoKind } from "@crm/domain";

/** One line of a person's to-do: what it is, whom it is with, when it is due, where to act on it. */
export interface TodoItem {
  /** `${kind}:${id}`: unique in one list. */
  key: string;
  kind: TodoKind;
  id: string;
  title: string;
  /** The project, enterprise or unit it concerns, by the name the caller may see. */
  about: string | null;
  /** The unit that owes it, when that is not the caller's own. */
  unit: string | null;
  /** A status key of its own kind (task, lead, request or approval status); null for dispatch. */
  status: string | null;
  /** For tasks: its subject (交办, 批示, 会议议定…). */
  subject: string | null;
  since: string | null;
  dueOn: string | null;
  overdue: boolean;
  /** Past its limit and raised to the bureau lead (requests). */
  escalated: boolean;
  /** Dispatch progress: projects updated this month of those that need it. */
  progress: { done: number; total: number } | null;
  link: string;
}

export function item(
  fields: Omit<TodoItem, "key" | "about" | "unit" | "subject" | "escalated" | "progress" | "status" | "since"> &
    Partial<TodoItem>,
): TodoItem {
  return {
    about: null,
    unit: null,
    subject: null,
    status: null,
    since: null,
    escalated: false,
    progress: null,
    ...fields,
    key: `${fields.kind}:${fields.id}`,
  };
}
