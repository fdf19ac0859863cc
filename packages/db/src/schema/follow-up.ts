import { sql } from "drizzle-orm";
import { check, date, index, pgTable, text, uuid } from "drizzle-orm/pg-core";

import { createdAt, id } from "./columns";
import { followUpKind } from "./enums";
import { leads } from "./lead";
import { projects } from "./project";
import { users } from "./user";

/** 跟进记录: a visit, call, meeting, negotiation round or note. Internal: never shown to enterprises. */
export const followUps = pgTable(
  "follow_up",
  {
    id: id(),
    projectId: uuid().references(() => projects.id, { onDelete: "cascade" }),
    leadId: uuid().references(() => leads.id, { onDelete: "cascade" }),
    kind: followUpKind().notNull(),
    occurredOn: date({ mode: "string" }).notNull(),
    people: text(),
    summary: text().notNull(),
    nextStep: text(),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("follow_up_project_idx").on(t.projectId, t.occurredOn),
    index("follow_up_lead_idx").on(t.leadId, t.occurredOn),
    check("follow_up_subject", sql`${t.projectId} is not null or ${t.leadId} is not null`),
  ],
);
