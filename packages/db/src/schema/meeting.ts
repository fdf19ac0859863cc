import { date, index, integer, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";

import { createdAt, id, updatedAt, version } from "./columns";
import { meetingKind } from "./enums";
import { orgUnits } from "./org";
import { projects } from "./project";
import { users } from "./user";

/** 联席会议, 调度会, 专班会: date, chair, attending units, agenda (projects), minutes; decisions are tasks. */
export const meetings = pgTable(
  "meeting",
  {
    id: id(),
    kind: meetingKind().notNull(),
    title: text().notNull(),
    heldOn: date({ mode: "string" }).notNull(),
    chairId: uuid()
      .notNull()
      .references(() => users.id),
    minutes: text(),
    createdById: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [index("meeting_held_idx").on(t.heldOn)],
);

export const meetingUnits = pgTable(
  "meeting_unit",
  {
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    unitId: uuid()
      .notNull()
      .references(() => orgUnits.id),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.unitId] })],
);

export const meetingAgenda = pgTable(
  "meeting_agenda_item",
  {
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    note: text(),
    sort: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.projectId] })],
);
