import { ERROR_KEYS, type ErrorKey } from "@crm/domain";
import { TRPCClientError } from "@trpc/client";

/** The message key of a failed call: the server's key when it sent one, else "unknown". */
export function errorKey(error: unknown): ErrorKey | "unknown" {
  if (error instanceof TRPCClientError && error.message in ERROR_KEYS) return error.message as ErrorKey;
  return "unknown";
}
