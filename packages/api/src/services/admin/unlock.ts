import { signInThrottle } from "@crm/auth";
import { eq, schema, writeAudit } from "@crm/db";
import type { UnlockUserInput } from "@crm/domain";
import type { z } from "zod";

import type { AuthedContext } from "../../context";
import { notFound } from "../../errors";

/** The accounts the sign-in limiter holds locked now, from some address or everywhere. */
export async function lockedUserIds(ctx: AuthedContext): Promise<Set<string>> {
  return signInThrottle(ctx.db).lockedAccounts();
}

/** Lifts every sign-in lock on an account (its failures and past locks are forgotten), audited. */
export async function unlockUser(ctx: AuthedContext, input: z.infer<typeof UnlockUserInput>) {
  const [user] = await ctx.db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.id, input.id));
  if (!user) throw notFound();
  await ctx.db.transaction(async (tx) => {
    await writeAudit(tx, {
      actorId: ctx.user.id,
      action: "user.unlock",
      entity: "user",
      entityId: user.id,
      ip: ctx.ip,
    });
    await signInThrottle(ctx.db).unlock(user.id, tx);
  });
  return { id: user.id, locked: false };
}
