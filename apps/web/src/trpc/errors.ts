import { ERROR_KEYS, type ErrorKey } from "@crm/domain";
import { TRPCClientError } from "@trpc/client";

/**
 * The message key of a failed call: the server's key when it sent one, "invalidInput" when the
 * input failed its schema, else "unknown".
 */
export function errorKey(error: unknown): ErrorKey | "unknown" {
  if (!(error instanceof TRPCClientError)) return "unknown";
  if (error.message in ERROR_KEYS) return error.message as ErrorKey;
  const data = error.data as { zodError?: unknown } | undefined;
  return data?.zodError ? "invalidInput" : "unknown";
}
