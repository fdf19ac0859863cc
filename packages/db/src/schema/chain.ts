import { type AnyPgColumn, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

import { createdAt, id, updatedAt, version } from "./columns";
import { enterprises } from "./enterprise";
import { chainStrength, chainTier } from "./enums";

/** 产业链: the "one map" (一图谱). */
export const chains = pgTable("chain", {
  id: id(),
  code: text().notNull().unique(),
  name: text().notNull(),
  nameEn: text().notNull(),
  sort: integer().notNull().default(0),
  createdAt: createdAt(),
});

/**
 * A node of a chain's map, in a tier, optionally under a parent node. Its strength (强/弱/缺) is
 * derived from the enterprises here (domain `nodeStrength`) unless the bureau overrides it with a
 * reason. Retired nodes stay (their history and links to targets and projects remain readable).
 */
export const chainNodes = pgTable(
  "chain_node",
  {
    id: id(),
    chainId: uuid()
      .notNull()
      .references(() => chains.id, { onDelete: "cascade" }),
    tier: chainTier().notNull(),
    parentId: uuid().references((): AnyPgColumn => chainNodes.id),
    name: text().notNull(),
    /** The bureau's judgement where it differs from the derived strength; with its reason. */
    strengthOverride: chainStrength(),
    overrideReason: text(),
    sort: integer().notNull().default(0),
    retiredAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [index("chain_node_chain_idx").on(t.chainId, t.tier, t.sort), index("chain_node_parent_idx").on(t.parentId)],
);

/** What supplies what: a link from one node to another of the same chain. */
export const chainNodeLinks = pgTable(
  "chain_node_link",
  {
    fromNodeId: uuid()
      .notNull()
      .references(() => chainNodes.id, { onDelete: "cascade" }),
    toNodeId: uuid()
      .notNull()
      .references(() => chainNodes.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.fromNodeId, t.toNodeId] }), index("chain_node_link_to_idx").on(t.toNodeId)],
);

/** The enterprises already here at a node (an enterprise may sit at several). */
export const chainNodeEnterprises = pgTable(
  "chain_node_enterprise",
  {
    nodeId: uuid()
      .notNull()
      .references(() => chainNodes.id, { onDelete: "cascade" }),
    enterpriseId: uuid()
      .notNull()
      .references(() => enterprises.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.nodeId, t.enterpriseId] }),
    index("chain_node_enterprise_enterprise_idx").on(t.enterpriseId),
  ],
);
