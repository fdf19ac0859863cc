export * from "./client";
export * from "./app-db";
export * from "./paths";
export * from "./migrations-status";
export * from "./audit";
export * as schema from "./schema";
export { env as dbEnv } from "./env";
export {
  and,
  asc,
  count,
  desc,
  eq,
  exists,
  gt,
  gte,
  ilike,
  inArray,
  isNotNull,
  isNull,
  like,
  lt,
  lte,
  ne,
  not,
  or,
  sql,
} from "drizzle-orm";
export * from "./raw-query";
export * from "./exclusive-lock";
export * from "./audit-chain";
export { hasMobile, mobileColumns, sealLegacyPersonalData } from "./personal-data";
