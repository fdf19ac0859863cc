import { date, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

import { chains } from "./chain";
import { createdAt, id } from "./columns";
import { shareKind } from "./enums";
import { orgUnits } from "./org";
import { users } from "./user";

/**
 * An investor link (推介版): a chain's map or the opportunity list (optionally one zone's), readable
 * without an account by whoever has the link, until it is revoked or expires. Only the token's
 * SHA-256 is stored; the link is shown once, when it is made.
 */
export const shareLinks = pgTable(
  "share_link",
  {
    id: id(),
    tokenHash: text().notNull().unique(),
    kind: shareKind().notNull(),
    chainId: uuid().references(() => chains.id),
    zoneId: uuid().references(() => orgUnits.id),
    title: text().notNull(),
    /** The only contact an investor edition shows: the bureau's, as the bureau words it (unit, phone). */
    contactLine: text().notNull(),
    createdById: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    expiresOn: date({ mode: "string" }),
    revokedAt: timestamp({ withTimezone: true }),
    revokedById: uuid().references(() => users.id),
  },
  (t) => [index("share_link_created_idx").on(t.createdAt)],
);
