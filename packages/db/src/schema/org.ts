import { index, integer, pgTable, text } from "drizzle-orm/pg-core";

import { createdAt, id } from "./columns";
import { orgKind } from "./enums";

/** 组织单元: the bureau, the five zone task forces, departments, towns, the leadership. */
export const orgUnits = pgTable(
  "org_unit",
  {
    id: id(),
    code: text().notNull().unique(),
    name: text().notNull(),
    shortName: text().notNull(),
    nameEn: text().notNull(),
    kind: orgKind().notNull(),
    sort: integer().notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index("org_unit_kind_idx").on(t.kind, t.sort)],
);
