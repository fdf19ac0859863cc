import type { EnterpriseTag } from "@crm/domain";
import { date, index, pgTable, text } from "drizzle-orm/pg-core";

import { createdAt, id, sealedText, updatedAt, version } from "./columns";

export const enterprises = pgTable(
  "enterprise",
  {
    id: id(),
    name: text().notNull(),
    /** The folded name two records of one enterprise share (enterpriseNameKey); duplicate detection reads it. */
    nameKey: text().notNull(),
    /** Pinyin initials of the name, for search (nameInitials). */
    nameInitials: text().notNull(),
    /** 统一社会信用代码; optional before registration, unique once known. */
    creditCode: text().unique(),
    originRegion: text(),
    originCity: text(),
    industry: text(),
    /** ENTERPRISE_TAGS; 四上 is not a tag but `aboveScaleSince`, which also says since when. */
    tags: text().array().$type<EnterpriseTag[]>().notNull().default([]),
    /** The date it became a 四上 enterprise (above designated size), when it is one. */
    aboveScaleSince: date({ mode: "string" }),
    contactName: text(),
    contactPhone: sealedText(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index("enterprise_name_trgm_idx").using("gin", t.name.op("gin_trgm_ops")),
    index("enterprise_initials_trgm_idx").using("gin", t.nameInitials.op("gin_trgm_ops")),
    index("enterprise_name_key_idx").on(t.nameKey),
    index("enterprise_above_scale_idx").on(t.aboveScaleSince),
  ],
);
