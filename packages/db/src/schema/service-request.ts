import { date, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

import { bytea, createdAt, id, updatedAt, version } from "./columns";
import { enterprises } from "./enterprise";
import { requestCategory, requestEntryKind, requestStatus } from "./enums";
import { orgUnits } from "./org";
import { projects } from "./project";
import { users } from "./user";

/**
 * 企业诉求: raised by an enterprise (or by staff for it), routed by the bureau to a department with a
 * time limit, resolved by it, rated by the enterprise; escalated to the bureau lead once past its limit.
 */
export const serviceRequests = pgTable(
  "service_request",
  {
    id: id(),
    enterpriseId: uuid()
      .notNull()
      .references(() => enterprises.id),
    projectId: uuid().references(() => projects.id),
    category: requestCategory().notNull(),
    title: text().notNull(),
    description: text().notNull(),
    status: requestStatus().notNull().default("submitted"),
    raisedById: uuid()
      .notNull()
      .references(() => users.id),
    departmentId: uuid().references(() => orgUnits.id),
    timeLimitDays: integer(),
    dueOn: date({ mode: "string" }),
    routedAt: timestamp({ withTimezone: true }),
    resolvedAt: timestamp({ withTimezone: true }),
    resolution: text(),
    rating: integer(),
    ratedAt: timestamp({ withTimezone: true }),
    escalatedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index("service_request_enterprise_idx").on(t.enterpriseId, t.createdAt),
    index("service_request_department_idx").on(t.departmentId, t.status),
    index("service_request_status_idx").on(t.status, t.dueOn),
  ],
);

/** A request's thread: messages, routing, replies, the resolution, the rating, an escalation. */
export const serviceRequestEntries = pgTable(
  "service_request_entry",
  {
    id: id(),
    requestId: uuid()
      .notNull()
      .references(() => serviceRequests.id, { onDelete: "cascade" }),
    kind: requestEntryKind().notNull(),
    body: text(),
    /** Null for what the system wrote (an escalation). */
    authorId: uuid().references(() => users.id),
    /** The unit the author spoke for; the enterprise sees this, not the person. */
    unitId: uuid().references(() => orgUnits.id),
    createdAt: createdAt(),
  },
  (t) => [index("service_request_entry_request_idx").on(t.requestId, t.createdAt)],
);

/** Files the enterprise attached to a request (a few, small), kept in the database with the request. */
export const serviceRequestAttachments = pgTable(
  "service_request_attachment",
  {
    id: id(),
    requestId: uuid()
      .notNull()
      .references(() => serviceRequests.id, { onDelete: "cascade" }),
    fileName: text().notNull(),
    contentType: text().notNull(),
    size: integer().notNull(),
    content: bytea().notNull(),
    uploadedById: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("service_request_attachment_request_idx").on(t.requestId)],
);
