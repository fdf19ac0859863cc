import { eq, schema, sql, type Executor } from "@crm/db";
import { DEFAULT_PASSWORD_POLICY, DEFAULT_SECOND_FACTOR_ROLES, type Role } from "@crm/domain";

import { sessionAlive } from "./session-store";

/**
 * What the session JWT carries. `sv` is the user's session version when the token was issued;
 * `sid` names its server-side session (user_session), which sign-out and the timeouts end.
 */
export interface SessionClaims {
  uid: string;
  role: Role;
  unitId: string | null;
  enterpriseId: string | null;
  sv: number;
  sid: string;
}

/** The signed-in user as the server sees them after checking the token against the database. */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  title: string | null;
  role: Role;
  unitId: string | null;
  enterpriseId: string | null;
  /** A temporary password, or one past the policy's expiry: nothing but changing it is open. */
  mustChangePassword: boolean;
  /** Why it must change when it is not a temporary one: the password is older than the policy allows. */
  passwordExpired: boolean;
  /** The policy requires a second factor of this role and the account has none: nothing but enrolling is open. */
  mustEnrolSecondFactor: boolean;
}

/** Past the password policy's expiry (0 days: never), read in the same query as the user. */
const expiryDays = sql`coalesce((select (${schema.settings.value} ->> 'expiryDays')::int from ${schema.settings}
  where ${schema.settings.key} = 'passwordPolicy'), ${DEFAULT_PASSWORD_POLICY.expiryDays}::int)`;
const passwordExpired = sql<boolean>`(${expiryDays} > 0 and ${schema.users.passwordChangedAt} < now() - make_interval(days => ${expiryDays}))`;

/** The roles the security administrator requires a second factor of, or the default when none is saved. */
const requiredRoles = sql`coalesce((select ${schema.settings.value} -> 'requiredRoles' from ${schema.settings}
  where ${schema.settings.key} = 'secondFactorPolicy'), ${JSON.stringify(DEFAULT_SECOND_FACTOR_ROLES)}::jsonb)`;
const mustEnrolSecondFactor = sql<boolean>`(${requiredRoles} @> jsonb_build_array(${schema.users.role}::text)
  and not exists (select 1 from ${schema.secondFactors} where ${schema.secondFactors.userId} = ${schema.users.id}
  and ${schema.secondFactors.confirmedAt} is not null))`;

/**
 * Checks a token's claims against the database on every request: a disabled user, a token issued
 * before the last password change or disabling (an older session version), or a session that was
 * signed out, idle too long or older than its lifetime, is signed out. A live session's last use
 * moves to now.
 */
export async function resolveSession(
  db: Executor,
  claims: SessionClaims | null | undefined,
): Promise<SessionUser | null> {
  if (!claims?.uid) return null;
  const [user] = await db
    .select({
      id: schema.users.id,
      username: schema.users.username,
      displayName: schema.users.displayName,
      title: schema.users.title,
      role: schema.users.role,
      unitId: schema.users.unitId,
      enterpriseId: schema.users.enterpriseId,
      mustChangePassword: schema.users.mustChangePassword,
      passwordExpired,
      mustEnrolSecondFactor,
      sessionVersion: schema.users.sessionVersion,
      disabled: schema.users.disabled,
    })
    .from(schema.users)
    .where(eq(schema.users.id, claims.uid))
    .limit(1);
  if (!user || user.disabled || user.sessionVersion !== claims.sv) return null;
  if (!(await sessionAlive(db, claims, { touch: true }))) return null;
  const { sessionVersion: _sv, disabled: _d, ...rest } = user;
  const expired = Boolean(rest.passwordExpired);
  return {
    ...rest,
    passwordExpired: expired,
    mustChangePassword: rest.mustChangePassword || expired,
    mustEnrolSecondFactor: Boolean(rest.mustEnrolSecondFactor),
  };
}
