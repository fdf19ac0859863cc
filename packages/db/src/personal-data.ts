import { eq, sql } from "drizzle-orm";

import type { Database } from "./client";
import { isSealed, keyedHash, seal } from "./field-crypto";
import { users } from "./schema";

/** A mobile number as an account row stores it: sealed, with the keyed hash it is found by. */
export function mobileColumns(mobile: string | null) {
  return { mobile, mobileHash: mobile ? keyedHash(mobile) : null };
}

/** "This account has that mobile number": by its keyed hash (the sealed column cannot be compared). */
export const hasMobile = (mobile: string) => eq(users.mobileHash, keyedHash(mobile));

/** The columns that hold personal data sealed at rest (schema: `sealedText`). */
export const SEALED_COLUMNS = [
  { table: "app_user", column: "mobile" },
  { table: "enterprise", column: "contact_phone" },
  { table: "lead", column: "contact_phone" },
  { table: "carrier", column: "contact_phone" },
  { table: "prospect", column: "contact_phone" },
] as const;

/**
 * Seals what was stored in clear before personal data was sealed (and gives each account its
 * mobile's keyed hash); run after the migrations, so an upgraded database holds no number in clear.
 * Values already sealed are left alone: running it again changes nothing. Returns how many it sealed.
 */
export async function sealLegacyPersonalData(db: Database): Promise<number> {
  let sealed = 0;
  for (const { table, column } of SEALED_COLUMNS) {
    const rows = (await db.execute(
      sql`select id::text as id, ${sql.identifier(column)} as value from ${sql.identifier(table)}
          where ${sql.identifier(column)} is not null and ${sql.identifier(column)} not like 'v1:%'`,
    )) as unknown as { id: string; value: string }[];
    for (const { id, value } of rows) {
      if (isSealed(value)) continue;
      const hash = table === "app_user" ? sql`, mobile_hash = ${keyedHash(value)}` : sql``;
      await db.execute(
        sql`update ${sql.identifier(table)} set ${sql.identifier(column)} = ${seal(value)}${hash} where id = ${id}::uuid`,
      );
      sealed++;
    }
  }
  return sealed;
}
