import { relations } from "drizzle-orm";
import { date, index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";

import { createdAt, id, updatedAt, version } from "./columns";
import { approvalStatus } from "./enums";
import { orgUnits } from "./org";
import { projects } from "./project";
import { users } from "./user";

/**
 * 审批事项 on a project, held by a department. It is here from the start because a department's
 * row scope is "projects where it holds an approval" (DOMAIN §1); the full feature arrives later.
 */
export const approvals = pgTable(
  "approval",
  {
    id: id(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    item: text().notNull(),
    departmentId: uuid()
      .notNull()
      .references(() => orgUnits.id),
    status: approvalStatus().notNull().default("not_started"),
    startedOn: date({ mode: "string" }),
    submittedOn: date({ mode: "string" }),
    decidedOn: date({ mode: "string" }),
    /** Time limit in working days from submission. */
    timeLimitDays: integer(),
    blocker: text(),
    /** 帮办代办: who helped. */
    helpedById: uuid().references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [index("approval_department_idx").on(t.departmentId, t.status), index("approval_project_idx").on(t.projectId)],
);

export const approvalsRelations = relations(approvals, ({ one }) => ({
  project: one(projects, { fields: [approvals.projectId], references: [projects.id] }),
  department: one(orgUnits, { fields: [approvals.departmentId], references: [orgUnits.id] }),
  helpedBy: one(users, { fields: [approvals.helpedById], references: [users.id] }),
}));
