import { date, index, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";

import { createdAt, id, updatedAt, version } from "./columns";
import { orgUnits } from "./org";
import { projects } from "./project";
import { users } from "./user";

/** 月度调度: one progress update per open project per month, from its responsible unit. */
export const monthlyUpdates = pgTable(
  "monthly_update",
  {
    id: id(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    /** The month's first day. */
    month: date({ mode: "string" }).notNull(),
    unitId: uuid()
      .notNull()
      .references(() => orgUnits.id),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    progress: text().notNull(),
    problems: text(),
    nextPlan: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    unique("monthly_update_project_month").on(t.projectId, t.month),
    index("monthly_update_month_unit_idx").on(t.month, t.unitId),
  ],
);
