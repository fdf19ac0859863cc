import { can, type Permission } from "@crm/domain";
import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "zod";

import type { Context } from "./context";
import { forbidden, unauthorized } from "./errors";

export interface Meta {
  /** Every procedure names the permission it needs (a test walks the router to make sure). */
  permission: Permission;
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error }) {
      const zodError = error.cause instanceof ZodError ? z.flattenError(error.cause) : null;
      return { ...shape, data: { ...shape.data, zodError } };
    },
  });

export const createTRPCRouter = t.router;

/** The input of a procedure that takes none: anything sent is refused rather than ignored. */
export const noInput = z.void();
export const createCallerFactory = t.createCallerFactory;

/** Signed in, with a session the database still honours. */
export const protectedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.user) throw unauthorized();
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** Signed in and holding `permission` in the one permission table (@crm/domain). */
export function permitted(permission: Permission) {
  return protectedProcedure.meta({ permission }).use(({ ctx, next }) => {
    if (!can(ctx.user.role, permission)) throw forbidden();
    return next();
  });
}
