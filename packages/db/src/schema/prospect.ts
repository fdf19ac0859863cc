import type { ProspectTag } from "@crm/domain";
import { date, index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";

import { chainNodes, chains } from "./chain";
import { createdAt, id, sealedText, updatedAt, version } from "./columns";
import { prospectSizeBand, prospectStatus } from "./enums";
import { leads } from "./lead";
import { orgUnits } from "./org";

/**
 * 目标企业库: an enterprise not yet here that the district wants, tied to the chain node it would
 * strengthen, with the facts that rank it. Internal: never in an investor edition. It becomes a lead
 * (through the duplicate check) for a zone task force.
 */
export const prospects = pgTable(
  "prospect",
  {
    id: id(),
    name: text().notNull(),
    /** The folded name (enterpriseNameKey), for the duplicate check against leads and enterprises. */
    nameKey: text().notNull(),
    nameInitials: text().notNull(),
    creditCode: text(),
    chainId: uuid()
      .notNull()
      .references(() => chains.id),
    nodeId: uuid().references(() => chainNodes.id),
    sizeBand: prospectSizeBand().notNull(),
    tags: text().array().$type<ProspectTag[]>().notNull().default([]),
    /** 总部所在地: province or region, and city. */
    hqRegion: text(),
    hqCity: text(),
    /** Where the tip came from (a trip, a chamber of commerce, a report). */
    tipSource: text(),
    /** Risk points the bureau subtracts (litigation, debt, relocation history), 0–10, with a note. */
    riskPoints: integer().notNull().default(0),
    riskNote: text(),
    contactName: text(),
    contactPhone: sealedText(),
    notes: text(),
    /** The unit that keeps it current. */
    ownerUnitId: uuid()
      .notNull()
      .references(() => orgUnits.id),
    verifiedOn: date({ mode: "string" }).notNull(),
    status: prospectStatus().notNull().default("open"),
    leadId: uuid().references(() => leads.id),
    dropReason: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index("prospect_chain_node_idx").on(t.chainId, t.nodeId, t.status),
    index("prospect_owner_idx").on(t.ownerUnitId, t.verifiedOn),
    index("prospect_name_key_idx").on(t.nameKey),
    index("prospect_lead_idx").on(t.leadId),
    index("prospect_name_trgm_idx").using("gin", t.name.op("gin_trgm_ops")),
  ],
);
