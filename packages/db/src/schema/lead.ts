import { date, index, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";

import { chains } from "./chain";
import { createdAt, id, sealedText, updatedAt, version, wan } from "./columns";
import { enterprises } from "./enterprise";
import { leadSource, leadStatus } from "./enums";
import { orgUnits } from "./org";
import { projects } from "./project";
import { users } from "./user";

/** 项目线索: what someone heard of a possible investment. */
export const leads = pgTable(
  "lead",
  {
    id: id(),
    /** The target enterprise once picked or created. */
    enterpriseId: uuid().references(() => enterprises.id),
    /** The enterprise's name as reported. */
    enterpriseName: text().notNull(),
    /** enterpriseNameKey(enterpriseName): duplicate leads share it. */
    enterpriseKey: text().notNull(),
    creditCode: text(),
    source: leadSource().notNull(),
    reportingUnitId: uuid()
      .notNull()
      .references(() => orgUnits.id),
    reportedById: uuid()
      .notNull()
      .references(() => users.id),
    reportedOn: date({ mode: "string" }).notNull(),
    chainId: uuid().references(() => chains.id),
    intendedAmount: wan(),
    notes: text(),
    /** The enterprise's person to talk to, as the reporter gave it; carried to the enterprise on conversion. */
    contactName: text(),
    contactPhone: sealedText(),
    status: leadStatus().notNull().default("new"),
    assigneeUnitId: uuid().references(() => orgUnits.id),
    assignedById: uuid().references(() => users.id),
    assignedOn: date({ mode: "string" }),
    dueOn: date({ mode: "string" }),
    dropReason: text(),
    projectId: uuid().references(() => projects.id),
    mergedIntoId: uuid(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index("lead_reporting_unit_idx").on(t.reportingUnitId, t.reportedOn),
    index("lead_assignee_idx").on(t.assigneeUnitId, t.status),
    index("lead_enterprise_key_idx").on(t.enterpriseKey),
    index("lead_credit_code_idx").on(t.creditCode),
    index("lead_status_idx").on(t.status, t.reportedOn),
  ],
);

/** Every unit that reported a lead; a merge moves the other lead's reporters here, so both keep the credit. */
export const leadReporters = pgTable(
  "lead_reporter",
  {
    leadId: uuid()
      .notNull()
      .references(() => leads.id, { onDelete: "cascade" }),
    unitId: uuid()
      .notNull()
      .references(() => orgUnits.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    reportedOn: date({ mode: "string" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.leadId, t.unitId] }), index("lead_reporter_unit_idx").on(t.unitId)],
);
