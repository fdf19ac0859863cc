import { index, integer, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";

import { createdAt, id } from "./columns";
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

export const chainNodes = pgTable(
  "chain_node",
  {
    id: id(),
    chainId: uuid()
      .notNull()
      .references(() => chains.id, { onDelete: "cascade" }),
    tier: chainTier().notNull(),
    name: text().notNull(),
    /** 强链 / 补链 / 延链: strong here, weak, or missing. */
    strength: chainStrength().notNull(),
    sort: integer().notNull().default(0),
  },
  (t) => [index("chain_node_chain_idx").on(t.chainId, t.tier, t.sort)],
);

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
  (t) => [primaryKey({ columns: [t.fromNodeId, t.toNodeId] })],
);
