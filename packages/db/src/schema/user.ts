import { boolean, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

import { createdAt, id, updatedAt, version } from "./columns";
import { enterprises } from "./enterprise";
import { role } from "./enums";
import { orgUnits } from "./org";

export const users = pgTable(
  "app_user",
  {
    id: id(),
    username: text().notNull().unique(),
    mobile: text().unique(),
    displayName: text().notNull(),
    title: text(),
    role: role().notNull(),
    unitId: uuid().references(() => orgUnits.id),
    enterpriseId: uuid().references(() => enterprises.id),
    passwordHash: text().notNull(),
    /** Bumped when the user is disabled or the password changes: every older session ends. */
    sessionVersion: integer().notNull().default(1),
    disabled: boolean().notNull().default(false),
    mustChangePassword: boolean().notNull().default(false),
    lastSignInAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [index("app_user_unit_idx").on(t.unitId), index("app_user_enterprise_idx").on(t.enterpriseId)],
);
