import { randomUUID } from "node:crypto";

import { can, ERROR_KEYS, fieldIssues, type Permission } from "@crm/domain";
import { withAuditScope } from "@crm/db";
import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "zod";

import { auditCall, auditDisclosure, auditedOutcome } from "./audit-calls";
import type { Context } from "./context";
import { holdsNul, refusalFor } from "./db-errors";
import { badRequest, forbidden, passwordChangeRequired, secondFactorEnrolmentRequired, unauthorized } from "./errors";

export interface Meta {
  /** Every procedure names the permission it needs (a test walks the router to make sure). */
  permission: Permission;
  /**
   * Open to an account that must still change its temporary password or enrol a second factor
   * (reading itself, changing its password, enrolling).
   */
  beforePasswordChange?: true;
  /**
   * The call hands data out of the system (an .xlsx export, a file downloaded): each one that
   * answers is recorded — who, which call, with what filter — as the audit rules ask of exports.
   */
  disclosure?: "export" | "download";
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    /**
     * What a caller reads of an error: its code and message key, the fields a schema refused —
     * never a stack. An unexpected error is logged here with an id, and the caller gets the id only
     * (no SQL, no parameters, no message of the cause).
     */
    errorFormatter({ shape, error, path }) {
      const { stack: _stack, ...data } = shape.data;
      if (error.code === "INTERNAL_SERVER_ERROR") {
        const requestId = randomUUID().slice(0, 8);
        console.error(`[trpc ${requestId}] ${path ?? "?"}:`, error.cause ?? error);
        return { ...shape, message: ERROR_KEYS.internal, data: { ...data, requestId, zodError: null, fields: null } };
      }
      const zodError = error.cause instanceof ZodError ? z.flattenError(error.cause) : null;
      // Each refused field with a message key the page translates and shows under that field.
      const fields = error.cause instanceof ZodError ? fieldIssues(error.cause.issues) : null;
      return { ...shape, data: { ...data, zodError, fields } };
    },
  });

export const createTRPCRouter = t.router;

/** The input of a procedure that takes none: anything sent is refused rather than ignored. */
export const noInput = z.void();
export const createCallerFactory = t.createCallerFactory;

/**
 * Every procedure: runs with the caller's address and browser for every audit row it writes; a
 * database refusal the caller caused becomes a typed error (db-errors.ts), in one place rather
 * than in each service; a call a permission refused, or one that failed, is itself audited.
 */
const procedure = t.procedure.use(async ({ ctx, next, path }) => {
  const result = await withAuditScope({ ip: ctx.ip, userAgent: ctx.userAgent }, () => next());
  if (!result.ok) {
    const refusal = refusalFor(result.error.cause);
    if (refusal) throw refusal;
    const outcome = auditedOutcome(result.error.code);
    if (outcome && ctx.user) await auditCall(ctx, path, outcome);
  }
  return result;
});

/** Signed in, with a session the database still honours. */
export const protectedProcedure = procedure.use(({ ctx, next }) => {
  if (!ctx.user) throw unauthorized();
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** Signed in and holding `permission` in the one permission table (@crm/domain). */
export function permitted(permission: Permission, opts: Pick<Meta, "beforePasswordChange" | "disclosure"> = {}) {
  return protectedProcedure.meta({ permission, ...opts }).use(async ({ ctx, next, getRawInput, path }) => {
    if (!can(ctx.user.role, permission)) throw forbidden();
    // A temporary password opens one door: one's own account, to change it.
    if (ctx.user.mustChangePassword && !opts.beforePasswordChange) throw passwordChangeRequired();
    // A role the policy requires a second factor of, without one: the same single door, to enrol.
    if (ctx.user.mustEnrolSecondFactor && !opts.beforePasswordChange) throw secondFactorEnrolmentRequired();
    // A NUL in any text is refused before the input reaches a service (PostgreSQL text cannot hold it).
    const input = await getRawInput();
    if (holdsNul(input)) throw badRequest("invalidInput");
    const result = await next();
    if (result.ok && opts.disclosure) await auditDisclosure(ctx, path, opts.disclosure, input);
    return result;
  });
}
