import { eq, schema, type Executor } from "@crm/db";
import {
  DEFAULT_SECOND_FACTOR_ROLES,
  type Role,
  type SecondFactorPolicy,
  type SetSecondFactorPolicyInput,
} from "@crm/domain";

import type { AuthedContext } from "../../context";
import { saveSetting } from "./policies";

/**
 * Which roles must sign in with a second factor: the saved policy, or DEFAULT_SECOND_FACTOR_ROLES
 * when none is saved (the session check reads the same row, in SQL: @crm/auth resolveSession).
 */
export async function loadSecondFactorPolicy(db: Executor): Promise<{ value: SecondFactorPolicy; version: number }> {
  const [row] = await db.select().from(schema.settings).where(eq(schema.settings.key, "secondFactorPolicy"));
  const saved = row?.value as Partial<SecondFactorPolicy> | undefined;
  return {
    value: {
      requiredRoles: (saved?.requiredRoles ?? DEFAULT_SECOND_FACTOR_ROLES) as SecondFactorPolicy["requiredRoles"],
    },
    version: row?.version ?? 1,
  };
}

export async function requiredRolesOf(db: Executor): Promise<readonly Role[]> {
  return (await loadSecondFactorPolicy(db)).value.requiredRoles;
}

export const getSecondFactorPolicy = (ctx: AuthedContext) => loadSecondFactorPolicy(ctx.db);

export const setSecondFactorPolicy = (ctx: AuthedContext, input: SetSecondFactorPolicyInput) =>
  saveSetting(ctx.db, ctx.user, "secondFactorPolicy", input.value, input.version, ctx.ip);
