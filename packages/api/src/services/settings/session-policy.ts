import { eq, schema } from "@crm/db";
import { SESSION_LIMITS, type SessionPolicy, type SetSessionPolicyInput } from "@crm/domain";
import type { z } from "zod";

import type { AuthedContext } from "../../context";
import { saveSetting } from "./policies";

/** How long a session may sit unused (the server reads the same row when it checks a session). */
export async function getSessionPolicy(ctx: AuthedContext) {
  const [row] = await ctx.db.select().from(schema.settings).where(eq(schema.settings.key, "session"));
  return {
    value: (row?.value as SessionPolicy | undefined) ?? { idleMinutes: SESSION_LIMITS.defaultIdleMinutes },
    version: row?.version ?? 1,
    absoluteHours: SESSION_LIMITS.absoluteHours,
  };
}

export const setSessionPolicy = (ctx: AuthedContext, input: z.infer<typeof SetSessionPolicyInput>) =>
  saveSetting(ctx.db, ctx.user, "session", input.value, input.version, ctx.ip);
