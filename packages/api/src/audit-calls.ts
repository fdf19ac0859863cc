import { writeAudit, type AuditResult } from "@crm/db";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";

import type { AuthedContext, Context } from "./context";

/** Which ends of a call the audit log keeps besides the changes themselves: refusals and failures. */
export function auditedOutcome(code: TRPC_ERROR_CODE_KEY): AuditResult | null {
  if (code === "FORBIDDEN") return "refused";
  if (code === "INTERNAL_SERVER_ERROR") return "failed";
  return null;
}

/**
 * One row for a call that changed nothing: who tried which procedure, from where, and how it ended.
 * Written on its own (the call's transaction, if any, is gone); a failure to write it must not
 * hide the call's own error.
 */
export async function auditCall(ctx: Context, path: string, result: AuditResult) {
  try {
    await writeAudit(ctx.db, {
      actorId: ctx.user?.id ?? null,
      action: "call",
      entity: "procedure",
      entityId: path,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      result,
    });
  } catch (e) {
    console.error(`[audit] could not record the ${result} call ${path}:`, e);
  }
}

/**
 * One row for data handed out (an export, a download) after the call answered: who, which call and
 * with what input (the filter, the file's id), from where. Unlike a refusal's row this one must be
 * written: a download nobody can trace is what the audit rules forbid, so its failure fails the call.
 */
export async function auditDisclosure(ctx: AuthedContext, path: string, action: "export" | "download", input: unknown) {
  await writeAudit(ctx.db, {
    actorId: ctx.user.id,
    action: `data.${action}`,
    entity: "procedure",
    entityId: path,
    after: { input: input ?? null },
    ip: ctx.ip,
    userAgent: ctx.userAgent,
  });
}
