import { sql } from "drizzle-orm";
import { boolean, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

import { createdAt, id, sealedText, updatedAt, version, wan } from "./columns";
import { promoEventKind } from "./enums";
import { leads } from "./lead";
import { orgUnits } from "./org";
import { projects } from "./project";
import { users } from "./user";

/** 活动招商: 推介会, 签约仪式, 湘商回归, 展会. The bureau plans them and keeps their lists. */
export const promoEvents = pgTable(
  "promo_event",
  {
    id: id(),
    kind: promoEventKind().notNull(),
    title: text().notNull(),
    heldOn: date({ mode: "string" }).notNull(),
    place: text(),
    organisers: text(),
    costWan: wan(),
    ownerUnitId: uuid()
      .notNull()
      .references(() => orgUnits.id),
    createdById: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [index("promo_event_held_idx").on(t.heldOn)],
);

/**
 * An invitee or attendee (an enterprise and its person). The link to the lead raised from it lives
 * here (`leadId`), not on the lead. The phone is personal data: sealed at rest.
 */
export const promoEventAttendees = pgTable(
  "promo_event_attendee",
  {
    id: id(),
    eventId: uuid()
      .notNull()
      .references(() => promoEvents.id, { onDelete: "cascade" }),
    enterpriseName: text().notNull(),
    enterpriseKey: text().notNull(),
    person: text(),
    phone: sealedText(),
    invited: boolean().notNull().default(true),
    checkedInAt: timestamp({ withTimezone: true }),
    leadId: uuid().references(() => leads.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index("promo_event_attendee_event_idx").on(t.eventId),
    index("promo_event_attendee_key_idx").on(t.enterpriseKey),
    index("promo_event_attendee_lead_idx").on(t.leadId),
  ],
);

/**
 * A signing at an event: a project and the amount signed there. A project is counted once, at the
 * first event that recorded its signing; a later signing of it is kept (the ceremony happened) but
 * flagged and not counted. The partial unique index holds at most one counted signing per project,
 * so two concurrent inserts cannot both count, whatever the service's check saw.
 */
export const promoEventSignings = pgTable(
  "promo_event_signing",
  {
    id: id(),
    eventId: uuid()
      .notNull()
      .references(() => promoEvents.id, { onDelete: "cascade" }),
    projectId: uuid()
      .notNull()
      .references(() => projects.id),
    signedAmountWan: wan().notNull(),
    counted: boolean().notNull(),
    createdById: uuid().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("promo_event_signing_event_project_uq").on(t.eventId, t.projectId),
    uniqueIndex("promo_event_signing_counted_uq")
      .on(t.projectId)
      .where(sql`${t.counted}`),
    index("promo_event_signing_project_idx").on(t.projectId),
  ],
);
