import type { SessionUser } from "@crm/auth";
import type { Database, Executor } from "@crm/db";

export interface Context {
  db: Database;
  /** null when nobody is signed in (or the session was ended). */
  user: SessionUser | null;
  ip: string | null;
  /** The caller's browser, as it says (audit rows carry it). */
  userAgent: string | null;
  /** The clock; tests pass their own. */
  now: () => Date;
}

export type AuthedContext = Context & { user: SessionUser };

export function createContext(input: {
  db: Database;
  user: SessionUser | null;
  ip?: string | null;
  userAgent?: string | null;
  now?: () => Date;
}): Context {
  return {
    db: input.db,
    user: input.user,
    ip: input.ip ?? null,
    userAgent: input.userAgent?.slice(0, 400) ?? null,
    now: input.now ?? (() => new Date()),
  };
}

/**
 * The same caller on another executor: a service that calls another inside its transaction passes
 * `withDb(ctx, tx)`, so the callee's reads and writes land in that transaction.
 */
export function withDb<C extends Context>(ctx: C, db: Executor): C {
  return { ...ctx, db };
}
