import { boolean, date, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

import { version } from "./columns";

/** The holiday calendar the admin keeps: a day off (holiday) or a weekend working day (调休). */
export const calendarDays = pgTable("calendar_day", {
  day: date({ mode: "string" }).primaryKey(),
  working: boolean().notNull(),
  note: text(),
  version: version(),
});

/** District-wide settings the bureau keeps, such as the response policy and the scoring rule. */
export const settings = pgTable("setting", {
  key: text().primaryKey(),
  value: jsonb().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  version: version(),
});
