import { rawClient, schema, sql, type Database, type Executor } from "@crm/db";
import { RateLimiterPostgres, type RateLimiterRes } from "rate-limiter-flexible";

/**
 * How many wrong passwords are let through. The narrowest lock comes first: one account from one
 * address (someone mistyping, or one attacker) is stopped after a few tries while the owner, from
 * anywhere else, still signs in; only far more failures lock an account everywhere or an address
 * for every account. Each repeat of a lock within a day lasts twice as long, up to a day.
 */
export const SIGN_IN_LIMITS = {
  windowSeconds: 15 * 60,
  perPair: 5,
  perAccount: 30,
  perAddress: 30,
  firstLockSeconds: 15 * 60,
  longestLockSeconds: 24 * 60 * 60,
} as const;

export type LockScope = "pair" | "account" | "address";
export interface Lockout {
  scope: LockScope;
  seconds: number;
}

/**
 * The sign-in limiter, on rate-limiter-flexible's PostgreSQL store in the app's own database (the
 * `sign_in_limit` table of the migrations), so that every instance shares it and a restart keeps
 * it; the same on PGlite. Callers name an account by its id (whichever login named it) or, for a
 * login that names nobody, by the login itself, so unknown names are limited alike.
 */
export class SignInThrottle {
  private readonly limiters: Record<LockScope, RateLimiterPostgres>;
  private readonly lockouts: RateLimiterPostgres;

  constructor(private readonly db: Database) {
    const store = (keyPrefix: string, points: number, duration: number, clearExpiredByTimeout = false) =>
      new RateLimiterPostgres({
        storeClient: rawClient(db),
        storeType: "pool",
        tableName: "sign_in_limit",
        tableCreated: true,
        keyPrefix,
        points,
        duration,
        clearExpiredByTimeout,
      });
    const w = SIGN_IN_LIMITS.windowSeconds;
    this.limiters = {
      // One clean-up timer for the shared table is enough: it deletes every expired row.
      pair: store("pair", SIGN_IN_LIMITS.perPair, w, true),
      account: store("acct", SIGN_IN_LIMITS.perAccount, w),
      address: store("addr", SIGN_IN_LIMITS.perAddress, w),
    };
    // How many locks a key has had in the last day: each one lasts twice the one before.
    this.lockouts = store("locks", 1_000_000, 24 * 60 * 60);
  }

  private keys(account: string, address: string): Record<LockScope, string> {
    return { pair: `${account}|${address}`, account, address };
  }

  /** Seconds to wait before trying again, or 0 when an attempt may go ahead. */
  async retryAfter(account: string, address: string): Promise<number> {
    const keys = this.keys(account, address);
    const scopes = Object.keys(keys) as LockScope[];
    const states = await Promise.all(scopes.map((s) => this.limiters[s].get(keys[s])));
    const waits = states.map((r, i) => (r && r.consumedPoints > this.limiters[scopes[i]!].points ? r.msBeforeNext : 0));
    return Math.ceil(Math.max(0, ...waits) / 1000);
  }

  /** Counts a failure; returns the locks it set off (each one once, however many tries follow). */
  async failed(account: string, address: string): Promise<Lockout[]> {
    const keys = this.keys(account, address);
    const set: Lockout[] = [];
    for (const scope of Object.keys(keys) as LockScope[]) {
      const limiter = this.limiters[scope];
      const res: RateLimiterRes = await limiter.penalty(keys[scope], 1);
      // Exactly the failure that reaches the limit locks: the counter is atomic, so of two at once only one does.
      if (res.consumedPoints !== limiter.points) continue;
      const n = (await this.lockouts.penalty(`${scope}:${keys[scope]}`, 1)).consumedPoints;
      const seconds = Math.min(SIGN_IN_LIMITS.firstLockSeconds * 2 ** (n - 1), SIGN_IN_LIMITS.longestLockSeconds);
      await limiter.block(keys[scope], seconds);
      set.push({ scope, seconds });
    }
    return set;
  }

  /** A good sign-in forgets this address's failures for the account (not the account-wide count). */
  async succeeded(account: string, address: string): Promise<void> {
    await this.limiters.pair.delete(this.keys(account, address).pair);
  }

  /** The accounts locked now, from some address or everywhere (for the admin's user list). */
  async lockedAccounts(): Promise<Set<string>> {
    const { key, points, expire } = schema.signInLimits;
    const rows = await this.db
      .select({ key })
      .from(schema.signInLimits)
      .where(
        sql`${expire} > ${Date.now()} and (
          (${key} like 'pair:%' and ${points} > ${SIGN_IN_LIMITS.perPair}) or
          (${key} like 'acct:%' and ${points} > ${SIGN_IN_LIMITS.perAccount}))`,
      );
    return new Set(rows.map((r) => r.key.replace(/^(pair|acct):/, "").split("|")[0]!));
  }

  /** Lifts every lock on an account and forgets its failures and past locks (in the caller's transaction, if given). */
  async unlock(account: string, db: Executor = this.db): Promise<void> {
    const { key } = schema.signInLimits;
    const a = likeEscaped(account);
    await db.delete(schema.signInLimits).where(
      sql`${key} = ${`acct:${account}`} or ${key} like ${`pair:${a}|%`}
          or ${key} = ${`locks:account:${account}`} or ${key} like ${`locks:pair:${a}|%`}`,
    );
  }
}

const likeEscaped = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const cache = new WeakMap<Database, SignInThrottle>();
/** One limiter per database: its store keeps one clean-up timer, not one per request. */
export function signInThrottle(db: Database): SignInThrottle {
  let t = cache.get(db);
  if (!t) cache.set(db, (t = new SignInThrottle(db)));
  return t;
}
