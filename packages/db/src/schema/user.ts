import { boolean, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

import { createdAt, id, sealedText, updatedAt, version } from "./columns";
import { enterprises } from "./enterprise";
import { role } from "./enums";
import { orgUnits } from "./org";

export const users = pgTable(
  "app_user",
  {
    id: id(),
    username: text().notNull().unique(),
    /** Sealed at rest (personal data); found and kept unique by `mobileHash`, its keyed hash. */
    mobile: sealedText(),
    mobileHash: text().unique(),
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
    /** When the password was last set: past the policy's expiry, the next request must change it. */
    passwordChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSignInAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [index("app_user_unit_idx").on(t.unitId), index("app_user_enterprise_idx").on(t.enterpriseId)],
);

/** The passwords an account had before (hashes only): a new one may not be any of the last few. */
export const passwordHistory = pgTable(
  "password_history",
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    passwordHash: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("password_history_user_idx").on(t.userId, t.createdAt)],
);
