import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";

import { createdAt, id, updatedAt, version } from "./columns";
import { taskPriority, taskReplyKind, taskStatus, taskSubject } from "./enums";
import { leads } from "./lead";
import { meetings } from "./meeting";
import { orgUnits } from "./org";
import { projects } from "./project";
import { users } from "./user";

/** 督办/交办事项: work given to a unit (and optionally a person). Overdue is derived from dueOn, never stored. */
export const tasks = pgTable(
  "task",
  {
    id: id(),
    title: text().notNull(),
    detail: text(),
    subject: taskSubject().notNull(),
    projectId: uuid().references(() => projects.id, { onDelete: "cascade" }),
    leadId: uuid().references(() => leads.id, { onDelete: "cascade" }),
    /** For a meeting's decision: the meeting it came from. */
    meetingId: uuid().references(() => meetings.id, { onDelete: "set null" }),
    assigneeUnitId: uuid()
      .notNull()
      .references(() => orgUnits.id),
    assigneeUserId: uuid().references(() => users.id),
    assignedById: uuid()
      .notNull()
      .references(() => users.id),
    assignedOn: date({ mode: "string" }).notNull(),
    dueOn: date({ mode: "string" }).notNull(),
    priority: taskPriority().notNull().default("normal"),
    status: taskStatus().notNull().default("open"),
    /** 1–5, given by the assigner once accepted (评价). */
    rating: integer(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index("task_assignee_idx").on(t.assigneeUnitId, t.status, t.dueOn),
    index("task_assigner_idx").on(t.assignedById, t.status),
    index("task_project_idx").on(t.projectId),
    // Overdue tasks by unit (the cockpit): owed ones by due day.
    index("task_owed_due_idx")
      .on(t.dueOn, t.assigneeUnitId)
      .where(sql`${t.status} in ('open', 'in_progress')`),
    index("task_meeting_idx").on(t.meetingId),
    check("task_rating_range", sql`${t.rating} is null or ${t.rating} between 1 and 5`),
  ],
);

/** The loop's steps: replies with progress, a report of completion, acceptance, a send-back with its reason. */
export const taskReplies = pgTable(
  "task_reply",
  {
    id: id(),
    taskId: uuid()
      .notNull()
      .references(() => tasks.id, { onDelete: "cascade" }),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    kind: taskReplyKind().notNull(),
    body: text(),
    createdAt: createdAt(),
  },
  (t) => [index("task_reply_task_idx").on(t.taskId, t.createdAt)],
);
