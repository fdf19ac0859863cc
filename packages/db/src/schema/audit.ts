import { sql } from "drizzle-orm";
import { bigint, bigserial, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

import { auditResult } from "./enums";
import { users } from "./user";

/** Every change and every sign-in attempt: who, when, what, before and after. Append-only. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorId: uuid().references(() => users.id),
    action: text().notNull(),
    entity: text().notNull(),
    entityId: text(),
    before: jsonb(),
    after: jsonb(),
    ip: text(),
    userAgent: text(),
    /** done, refused (a permission or a rule said no) or failed (an error). */
    result: auditResult().notNull().default("done"),
    /**
     * The hash chain (migration 0019's trigger fills these under a lock, whatever the caller sends):
     * the row's place in the chain, the hash of the row before it and its own SHA-256 over both and
     * every field. `pnpm audit:verify` recomputes them.
     */
    seq: bigint({ mode: "number" })
      .notNull()
      .default(sql`0`),
    prevHash: text().notNull().default(""),
    hash: text().notNull().default(""),
  },
  (t) => [
    index("audit_log_entity_idx").on(t.entity, t.entityId, t.at),
    index("audit_log_actor_idx").on(t.actorId, t.at),
    index("audit_log_action_idx").on(t.action, t.at),
    uniqueIndex("audit_log_seq_idx").on(t.seq),
  ],
);

/**
 * Audit rows older than the keeping period (180 days at least), moved here with their chain by
 * `audit_log_archive(cutoff)` only, never deleted; the same columns, no foreign keys.
 */
export const auditLogArchive = pgTable(
  "audit_log_archive",
  {
    id: bigint({ mode: "number" }).primaryKey(),
    at: timestamp({ withTimezone: true }).notNull(),
    actorId: uuid(),
    action: text().notNull(),
    entity: text().notNull(),
    entityId: text(),
    before: jsonb(),
    after: jsonb(),
    ip: text(),
    userAgent: text(),
    result: auditResult().notNull(),
    seq: bigint({ mode: "number" }).notNull(),
    prevHash: text().notNull(),
    hash: text().notNull(),
    archivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("audit_log_archive_seq_idx").on(t.seq)],
);
