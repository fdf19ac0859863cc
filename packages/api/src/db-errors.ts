import { ERROR_KEYS, type ErrorKey } from "@crm/domain";
import { TRPCError } from "@trpc/server";

/**
 * What a database refusal means to the caller, decided in one place for every procedure (the
 * procedure builders run it), so that no service repeats it and no caller ever reads SQL:
 * a unique index → CONFLICT naming what is taken; a missing referenced row → NOT_FOUND; a value
 * the column cannot hold → invalid input. Anything else stays an internal error.
 */

/** Unique constraints whose clash the user can act on, by name (the rest say "already exists"). */
const UNIQUE: Record<string, ErrorKey> = {
  enterprise_creditCode_unique: "creditCodeTaken",
  app_user_username_unique: "usernameTaken",
  app_user_mobile_unique: "mobileTaken",
  bulletin_month_unique: "bulletinIssued",
  approval_item_name_unique: "approvalNameTaken",
};

/** SQLSTATE classes of values the column cannot hold: bad text representation, NUL, dates, ranges, checks, not-null. */
const INVALID_VALUE = new Set(["22P02", "22021", "22P05", "22007", "22008", "22003", "22001", "23502", "23514"]);

interface PgError {
  code: string;
  constraint_name?: string;
}

/** The PostgreSQL error behind an error (Drizzle and tRPC wrap it in causes), if any. */
export function pgErrorOf(error: unknown): PgError | null {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 6; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return e as PgError;
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

/** A typed refusal for a database error the caller caused, or null for one that is the server's own. */
export function refusalFor(error: unknown): TRPCError | null {
  const pg = pgErrorOf(error);
  if (!pg) return null;
  if (pg.code === "23505") {
    const key = (pg.constraint_name && UNIQUE[pg.constraint_name]) || "duplicate";
    return new TRPCError({ code: "CONFLICT", message: ERROR_KEYS[key] });
  }
  if (pg.code === "23503") return new TRPCError({ code: "NOT_FOUND", message: ERROR_KEYS.notFound });
  if (INVALID_VALUE.has(pg.code)) return new TRPCError({ code: "BAD_REQUEST", message: ERROR_KEYS.invalidInput });
  return null;
}

/** A string anywhere in an input that holds NUL (PostgreSQL text cannot): refused before any SQL runs. */
export function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (depth > 8 || value === null || typeof value !== "object" || ArrayBuffer.isView(value)) return false;
  return Object.entries(value).some(([k, v]) => k.includes("\u0000") || holdsNul(v, depth + 1));
}
