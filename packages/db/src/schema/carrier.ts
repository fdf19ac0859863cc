import { boolean, date, index, integer, numeric, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";

import { chainNodes, chains } from "./chain";
import { bytea, createdAt, id, sealedText, updatedAt, version } from "./columns";
import { carrierKind, carrierState, landReadiness, landSupplyState, spaceState } from "./enums";
import { leads } from "./lead";
import { orgUnits } from "./org";
import { projects } from "./project";
import { users } from "./user";

const decimal = (precision: number, scale: number) => numeric({ precision, scale });

/**
 * 载体: a land parcel, a plant, a building, a shop or a scenic/village resource the district
 * offers, in one table with the fields each kind needs (the contract says which). Owned by a unit
 * that keeps it current (verifiedOn); taken by a lead or a project.
 */
export const carriers = pgTable(
  "carrier",
  {
    id: id(),
    kind: carrierKind().notNull(),
    code: text().notNull().unique(),
    name: text().notNull(),
    zoneId: uuid()
      .notNull()
      .references(() => orgUnits.id),
    /** The chain it suits best (its nodes: carrier_node). */
    chainId: uuid().references(() => chains.id),
    locationText: text().notNull(),
    latitude: decimal(9, 6),
    longitude: decimal(9, 6),
    /** 亩: a parcel's or a resource's area. */
    areaMu: decimal(12, 2),
    /** ㎡: a shop's floor area (plants and buildings sum their spaces). */
    floorAreaSqm: decimal(12, 2),
    plannedUse: text(),
    /** 容积率 */
    plotRatio: decimal(6, 2),
    /** 投资强度, 万元/亩, required of whoever takes the parcel. */
    intensityWanPerMu: decimal(12, 2),
    /** 万元/亩 */
    priceWanPerMu: decimal(12, 2),
    supplyState: landSupplyState(),
    readiness: landReadiness(),
    availableFrom: date({ mode: "string" }),
    /** 元/㎡·月: a shop's rent (spaces carry their own). */
    rentYuanPerSqm: decimal(10, 2),
    description: text(),
    state: carrierState().notNull().default("available"),
    leadId: uuid().references(() => leads.id),
    projectId: uuid().references(() => projects.id),
    /** The unit that keeps it current (a zone, or the department owning a parcel). */
    ownerUnitId: uuid()
      .notNull()
      .references(() => orgUnits.id),
    contactName: text(),
    contactPhone: sealedText(),
    /** The last day its owner confirmed it is as described. */
    verifiedOn: date({ mode: "string" }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index("carrier_zone_kind_idx").on(t.zoneId, t.kind, t.state),
    index("carrier_kind_state_idx").on(t.kind, t.state),
    index("carrier_chain_idx").on(t.chainId),
    index("carrier_owner_idx").on(t.ownerUnitId, t.verifiedOn),
    index("carrier_project_idx").on(t.projectId),
    index("carrier_lead_idx").on(t.leadId),
  ],
);

/** A unit of a plant or building (a floor, a bay): what is let, free or reserved. */
export const carrierSpaces = pgTable(
  "carrier_space",
  {
    id: id(),
    carrierId: uuid()
      .notNull()
      .references(() => carriers.id, { onDelete: "cascade" }),
    label: text().notNull(),
    floor: integer(),
    areaSqm: decimal(12, 2).notNull(),
    /** 净高, m */
    clearHeightM: decimal(6, 2),
    /** 承重, t/㎡ */
    floorLoadT: decimal(6, 2),
    powerKva: integer(),
    freightLift: boolean().notNull().default(false),
    /** 元/㎡·月 */
    rentYuanPerSqm: decimal(10, 2),
    state: spaceState().notNull().default("free"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [index("carrier_space_carrier_idx").on(t.carrierId, t.state)],
);

/** The chain nodes a carrier suits (the map's node panel lists them). */
export const carrierNodes = pgTable(
  "carrier_node",
  {
    carrierId: uuid()
      .notNull()
      .references(() => carriers.id, { onDelete: "cascade" }),
    nodeId: uuid()
      .notNull()
      .references(() => chainNodes.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.carrierId, t.nodeId] }), index("carrier_node_node_idx").on(t.nodeId)],
);

/** Photos and documents of a carrier, under the rules request attachments follow (few, small, checked). */
export const carrierAttachments = pgTable(
  "carrier_attachment",
  {
    id: id(),
    carrierId: uuid()
      .notNull()
      .references(() => carriers.id, { onDelete: "cascade" }),
    fileName: text().notNull(),
    contentType: text().notNull(),
    size: integer().notNull(),
    content: bytea().notNull(),
    uploadedById: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("carrier_attachment_carrier_idx").on(t.carrierId)],
);
