import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

import { createdAt, id, updatedAt, version } from "./columns";
import { deliveryStatus } from "./enums";
import { orgUnits } from "./org";

/** A unit's outbound group-robot URL (WeCom or DingTalk), optional. */
export const unitWebhooks = pgTable("unit_webhook", {
  unitId: uuid()
    .primaryKey()
    .references(() => orgUnits.id, { onDelete: "cascade" }),
  url: text().notNull(),
  updatedAt: updatedAt(),
  version: version(),
});

/** One message to post, retried with growing pauses until it is accepted or has failed five times. */
export const webhookDeliveries = pgTable(
  "webhook_delivery",
  {
    id: id(),
    unitId: uuid()
      .notNull()
      .references(() => orgUnits.id, { onDelete: "cascade" }),
    url: text().notNull(),
    payload: jsonb().notNull(),
    status: deliveryStatus().notNull().default("pending"),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastError: text(),
    createdAt: createdAt(),
  },
  (t) => [
    index("webhook_delivery_due_idx").on(t.status, t.nextAttemptAt),
    index("webhook_delivery_unit_idx").on(t.unitId, t.createdAt.desc().nullsFirst()),
  ],
);
