import { date, jsonb, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";

import { id } from "./columns";
import { users } from "./user";

/** 月度通报 as issued: its figures frozen as they were, never recomputed when data changes later. */
export const bulletins = pgTable("bulletin", {
  id: id(),
  /** The month's first day; one bulletin a month. */
  month: date({ mode: "string" }).notNull().unique(),
  issuedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  issuedById: uuid()
    .notNull()
    .references(() => users.id),
  /** The scoring rule and every unit's figures, score and rank at the moment of issue. */
  content: jsonb().notNull(),
});
