import { ERROR_KEYS, type ErrorKey } from "@crm/domain";
import { TRPCError } from "@trpc/server";

export const unauthorized = () => new TRPCError({ code: "UNAUTHORIZED", message: ERROR_KEYS.signInRequired });
export const forbidden = () => new TRPCError({ code: "FORBIDDEN", message: ERROR_KEYS.forbidden });
export const notFound = () => new TRPCError({ code: "NOT_FOUND", message: ERROR_KEYS.notFound });
/** Somebody else changed the row since the caller read it. */
export const conflict = () => new TRPCError({ code: "CONFLICT", message: ERROR_KEYS.staleVersion });
export const badRequest = (key: ErrorKey) => new TRPCError({ code: "BAD_REQUEST", message: ERROR_KEYS[key] });
export const passwordChangeRequired = () =>
  new TRPCError({ code: "FORBIDDEN", message: ERROR_KEYS.passwordChangeRequired });
export const secondFactorEnrolmentRequired = () =>
  new TRPCError({ code: "FORBIDDEN", message: ERROR_KEYS.secondFactorEnrolmentRequired });
export const tooManyTries = () => new TRPCError({ code: "TOO_MANY_REQUESTS", message: ERROR_KEYS.tooManyTries });
