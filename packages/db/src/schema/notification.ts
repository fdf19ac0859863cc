import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

import { createdAt, id } from "./columns";
import { users } from "./user";

/** An in-app notification: what happened (a message key and its values) and where to look. */
export const notifications = pgTable(
  "notification",
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text().notNull(),
    params: jsonb().$type<Record<string, string>>().notNull().default({}),
    link: text().notNull(),
    readAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("notification_user_idx").on(t.userId, t.readAt, t.createdAt)],
);

/**
 * What a background sweep has announced, one row per (kind, subject): the sweep claims the row in
 * the transaction that notifies, so two sweeps running at once (two instances, an overlapping
 * run) announce each overdue task or approval once, and a sweep that dies mid-way announces again
 * only what it had not committed.
 */
export const jobAnnouncements = pgTable(
  "job_announcement",
  {
    kind: text().notNull(),
    subjectId: uuid().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.subjectId] })],
);
