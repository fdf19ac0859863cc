export * from "./client";
export * from "./app-db";
export * from "./paths";
export * from "./migrations-status";
export * from "./audit";
export * as schema from "./schema";
export { env as dbEnv } from "./env";
export { and, asc, count, desc, eq, gt, gte, inArray, isNotNull, isNull, lt, lte, ne, not, or, sql } from "drizzle-orm";
