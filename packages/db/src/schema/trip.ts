import { boolean, date, index, integer, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";

import { createdAt, id, updatedAt, version, wan } from "./columns";
import { meetingInterest, tripStatus } from "./enums";
import { leads } from "./lead";
import { orgUnits } from "./org";
import { prospects } from "./prospect";
import { tasks } from "./task";
import { users } from "./user";

/**
 * 外出招商: a trip the bureau plans — where, when, who goes, why, which chains, the goals set before
 * leaving — and, afterwards, its debrief and (optionally) its cost. The meetings held on it live in
 * `trip_meeting`; each meeting's lead is linked there, never on the lead.
 */
export const trips = pgTable(
  "trip",
  {
    id: id(),
    title: text().notNull(),
    destinations: text().array().notNull().default([]),
    startsOn: date({ mode: "string" }).notNull(),
    endsOn: date({ mode: "string" }).notNull(),
    purpose: text(),
    chainIds: uuid().array().notNull().default([]),
    goalMeetings: integer().notNull().default(0),
    goalLeads: integer().notNull().default(0),
    goalSignings: integer().notNull().default(0),
    debrief: text(),
    debriefedOn: date({ mode: "string" }),
    /** 万元, optional: the bureau keeps a trip's cost when it wants cost per signed project. */
    costWan: wan(),
    status: tripStatus().notNull().default("planned"),
    ownerUnitId: uuid()
      .notNull()
      .references(() => orgUnits.id),
    createdById: uuid().references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [index("trip_starts_idx").on(t.startsOn)],
);

/** The delegation: leaders and staff on the trip. A member may record its meetings. */
export const tripMembers = pgTable(
  "trip_member",
  {
    tripId: uuid()
      .notNull()
      .references(() => trips.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.tripId, t.userId] }), index("trip_member_user_idx").on(t.userId)],
);

/** The enterprises the trip means to visit: from 目标企业库 or added by name. */
export const tripTargets = pgTable(
  "trip_target",
  {
    id: id(),
    tripId: uuid()
      .notNull()
      .references(() => trips.id, { onDelete: "cascade" }),
    prospectId: uuid().references(() => prospects.id),
    enterpriseName: text().notNull(),
    enterpriseKey: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("trip_target_trip_idx").on(t.tripId)],
);

/** A meeting planned or held on a trip, recorded on a phone: whom, when, how interested, what next. */
export const tripMeetings = pgTable(
  "trip_meeting",
  {
    id: id(),
    tripId: uuid()
      .notNull()
      .references(() => trips.id, { onDelete: "cascade" }),
    meetsOn: date({ mode: "string" }).notNull(),
    held: boolean().notNull().default(true),
    enterpriseName: text().notNull(),
    /** The folded name (enterpriseNameKey): the code-name rule and the duplicate check read it. */
    enterpriseKey: text().notNull(),
    people: text(),
    interest: meetingInterest().notNull(),
    nextStep: text(),
    recordedById: uuid()
      .notNull()
      .references(() => users.id),
    /** The lead its outcome created or joined (the trip is that lead's source). */
    leadId: uuid().references(() => leads.id),
    /** The follow-up task given to the unit the lead went to. */
    taskId: uuid().references(() => tasks.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index("trip_meeting_trip_idx").on(t.tripId, t.meetsOn),
    index("trip_meeting_lead_idx").on(t.leadId),
    index("trip_meeting_key_idx").on(t.enterpriseKey),
  ],
);
