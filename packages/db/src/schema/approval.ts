import { sql } from "drizzle-orm";
import { boolean, date, index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";

import { createdAt, id, updatedAt, version } from "./columns";
import { approvalStatus, projectType } from "./enums";
import { orgUnits } from "./org";
import { projects } from "./project";
import { users } from "./user";

/** The dictionary of approval items the admin keeps: each with its usual department and time limit. */
export const approvalItems = pgTable("approval_item", {
  id: id(),
  name: text().notNull().unique(),
  departmentId: uuid()
    .notNull()
    .references(() => orgUnits.id),
  /** Working days from submission. */
  timeLimitDays: integer().notNull(),
  sort: integer().notNull().default(0),
  /** Retired items stay for the approvals that used them but are no longer offered. */
  active: boolean().notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  version: version(),
});

/** The items a project of each type usually needs, in order; the admin keeps the list. */
export const approvalTemplates = pgTable("approval_template", {
  projectType: projectType().primaryKey(),
  itemIds: uuid().array().notNull().default([]),
  updatedAt: updatedAt(),
  version: version(),
});

/** 审批事项 on a project, held by a department (a department's row scope starts here, DOMAIN §1). */
export const approvals = pgTable(
  "approval",
  {
    id: id(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    item: text().notNull(),
    /** The dictionary entry it came from, when it did. */
    itemId: uuid().references(() => approvalItems.id),
    departmentId: uuid()
      .notNull()
      .references(() => orgUnits.id),
    status: approvalStatus().notNull().default("not_started"),
    startedOn: date({ mode: "string" }),
    submittedOn: date({ mode: "string" }),
    decidedOn: date({ mode: "string" }),
    /** Time limit in working days from submission. */
    timeLimitDays: integer(),
    /** Submission plus the time limit in working days; overdue (derived) once past it with the department. */
    dueOn: date({ mode: "string" }),
    /** The department's latest progress note, shown to the enterprise. */
    note: text(),
    blocker: text(),
    /** 帮办代办: who helped. */
    helpedById: uuid().references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index("approval_department_idx").on(t.departmentId, t.status, t.dueOn),
    index("approval_project_idx").on(t.projectId),
    // The cockpit's approval time: decided in a year, by department (an index-only scan).
    index("approval_decided_idx")
      .on(t.decidedOn, t.departmentId, t.submittedOn, t.status)
      .where(sql`${t.decidedOn} is not null`),
  ],
);
