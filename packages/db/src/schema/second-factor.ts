import { bigint, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

import { createdAt, id } from "./columns";
import { users } from "./user";

/**
 * An account's second factor (TOTP, RFC 6238). The secret is kept sealed (AES-256-GCM under
 * DATA_KEY, `@crm/db/crypto`), never in clear. `confirmedAt` is null while an enrolment waits for
 * its first code; `lastTimeStep` is the time step of the last code taken, so the same code (or an
 * older one) is refused when sent again.
 */
export const secondFactors = pgTable("second_factor", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  secretSealed: text().notNull(),
  confirmedAt: timestamp({ withTimezone: true }),
  lastTimeStep: bigint({ mode: "number" }),
  createdAt: createdAt(),
});

/** One-time recovery codes of a second factor: argon2id hashes only; `usedAt` once spent. */
export const recoveryCodes = pgTable(
  "recovery_code",
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text().notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("recovery_code_user_idx").on(t.userId)],
);
