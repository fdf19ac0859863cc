import { eq, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

import type { Database } from "./client";
import { isSealed, keyedHash } from "./field-crypto";
import { carriers, enterprises, leads, promoEventAttendees, prospects, users } from "./schema";

/** A mobile number as an account row stores it: sealed, with the keyed hash it is found by. */
export function mobileColumns(mobile: string | null) {
  return { mobile, mobileHash: mobile ? keyedHash(mobile) : null };
}

/** "This account has that mobile number": by its keyed hash (the sealed column cannot be compared). */
export const hasMobile = (mobile: string) => eq(users.mobileHash, keyedHash(mobile));

/** The columns that hold personal data sealed at rest (schema: `sealedText`). */
const SEALED = [
  { table: users, key: "mobile" },
  { table: enterprises, key: "contactPhone" },
  { table: leads, key: "contactPhone" },
  { table: carriers, key: "contactPhone" },
  { table: prospects, key: "contactPhone" },
  { table: promoEventAttendees, key: "phone" },
] as const;

/**
 * Seals what was stored in clear before personal data was sealed (and gives each account its
 * mobile's keyed hash); run after the migrations, so an upgraded database holds no number in clear.
 * Values already sealed are left alone: running it again changes nothing. Returns how many it sealed.
 */
export async function sealLegacyPersonalData(db: Database): Promise<number> {
  let sealed = 0;
  for (const { table, key } of SEALED) {
    const column = (table as unknown as Record<string, AnyPgColumn>)[key]!;
    // Read as text (a raw `sql` column skips the sealing type's decoder), written back through it.
    const rows = await db
      .select({ id: table.id, value: sql<string>`${column}` })
      .from(table)
      .where(sql`${column} is not null and ${column} not like 'v1:%'`);
    for (const { id, value } of rows) {
      if (isSealed(value)) continue;
      const set = table === users ? mobileColumns(value) : { [key]: value };
      await db
        .update(table)
        .set(set as Parameters<ReturnType<typeof db.update<typeof table>>["set"]>[0])
        .where(eq(table.id, id));
      sealed++;
    }
  }
  return sealed;
}
