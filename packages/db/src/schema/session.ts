import { bigint, index, integer, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";

import { createdAt, id } from "./columns";
import { users } from "./user";

/**
 * A signed-in session on the server. The JWT names it (`sid`); sign-out, the idle timeout and the
 * absolute lifetime end it here, so a copied token stops working even before it expires.
 */
export const userSessions = pgTable(
  "user_session",
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    /** Last request seen, kept to the minute: the idle timeout counts from here. */
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp({ withTimezone: true }),
    ip: text(),
  },
  (t) => [index("user_session_user_idx").on(t.userId)],
);

/**
 * The sign-in limiter's counters, in rate-limiter-flexible's PostgreSQL layout (key, points,
 * expiry in epoch milliseconds): shared by every instance of the app and kept across restarts.
 */
export const signInLimits = pgTable("sign_in_limit", {
  key: varchar({ length: 255 }).primaryKey(),
  points: integer().notNull().default(0),
  expire: bigint({ mode: "number" }),
});
