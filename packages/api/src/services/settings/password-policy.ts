import { eq, schema, type Executor } from "@crm/db";
import { DEFAULT_PASSWORD_POLICY, type PasswordPolicy, type SetPasswordPolicyInput } from "@crm/domain";
import type { z } from "zod";

import type { AuthedContext } from "../../context";
import { saveSetting } from "./policies";

/** The password policy in force (the default until one is saved; a saved one missing a field reads its default). */
export async function loadPasswordPolicy(db: Executor): Promise<{ value: PasswordPolicy; version: number }> {
  const [row] = await db.select().from(schema.settings).where(eq(schema.settings.key, "passwordPolicy"));
  return {
    value: { ...DEFAULT_PASSWORD_POLICY, ...(row?.value as Partial<PasswordPolicy> | undefined) },
    version: row?.version ?? 1,
  };
}

export const getPasswordPolicy = (ctx: AuthedContext) => loadPasswordPolicy(ctx.db);

export const setPasswordPolicy = (ctx: AuthedContext, input: z.infer<typeof SetPasswordPolicyInput>) =>
  saveSetting(ctx.db, ctx.user, "passwordPolicy", input.value, input.version, ctx.ip);
