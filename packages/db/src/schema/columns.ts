import { customType, integer, numeric, timestamp, uuid } from "drizzle-orm/pg-core";

/** Shared column shapes: ids, timestamps, optimistic-lock version, amounts in 万元. */
export const id = () => uuid().primaryKey().defaultRandom();
export const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
export const version = () => integer().notNull().default(1);
/** 万元 with two decimals, exact. Read back as a decimal string. */
export const wan = () => numeric({ precision: 14, scale: 2 });
/** Bytes kept in the row (attachments: few and small). */
export const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });
