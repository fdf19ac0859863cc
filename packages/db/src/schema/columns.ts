import { customType, integer, numeric, timestamp, uuid } from "drizzle-orm/pg-core";

import { isSealed, open, seal } from "../field-crypto";

/** Shared column shapes: ids, timestamps, optimistic-lock version, amounts in 万元. */
export const id = () => uuid().primaryKey().defaultRandom();
export const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
export const version = () => integer().notNull().default(1);
/** 万元 with two decimals, exact. Read back as a decimal string. */
export const wan = () => numeric({ precision: 14, scale: 2 });
/** Bytes kept in the row (attachments: few and small). */
export const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

/**
 * Personal data at rest (mobile numbers, contact phones): AES-256-GCM under DATA_KEY on the way in,
 * opened on the way out, so no service handles ciphertext and none can forget to seal. Such a
 * column cannot be compared in SQL (each sealing differs): a lookup goes by a keyed hash beside it
 * (`app_user.mobile_hash`). A value written before sealing existed reads as it is until
 * `sealLegacyPersonalData` (run after every migration) seals it.
 */
export const sealedText = customType<{ data: string; driverData: string }>({
  dataType: () => "text",
  toDriver: (value) => seal(value),
  fromDriver: (value) => (isSealed(value) ? open(value) : value),
});
