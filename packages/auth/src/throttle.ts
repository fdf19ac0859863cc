import { RateLimiterMemory } from "rate-limiter-flexible";

/**
 * Failed sign-ins are limited per account (5 in 15 minutes) and per IP address (20 in 15 minutes).
 * Once a limit is reached every attempt is refused, right password or not, until the window passes.
 * Memory store: the app runs as one process (PGlite requires it); several instances would use
 * rate-limiter-flexible's PostgreSQL or Redis store with the same calls.
 */
export const SIGN_IN_LIMITS = { perAccount: 5, perIp: 20, windowSeconds: 15 * 60 } as const;

export class SignInThrottle {
  private account = new RateLimiterMemory({
    keyPrefix: "acct",
    points: SIGN_IN_LIMITS.perAccount,
    duration: SIGN_IN_LIMITS.windowSeconds,
  });
  private ip = new RateLimiterMemory({
    keyPrefix: "ip",
    points: SIGN_IN_LIMITS.perIp,
    duration: SIGN_IN_LIMITS.windowSeconds,
  });

  /** Seconds to wait before trying again, or 0 when an attempt may go ahead. */
  async retryAfter(login: string, ip: string): Promise<number> {
    const [a, i] = await Promise.all([this.account.get(key(login)), this.ip.get(ip)]);
    const blocked = [
      a && a.consumedPoints >= SIGN_IN_LIMITS.perAccount ? a.msBeforeNext : 0,
      i && i.consumedPoints >= SIGN_IN_LIMITS.perIp ? i.msBeforeNext : 0,
    ];
    return Math.ceil(Math.max(...blocked) / 1000);
  }

  async failed(login: string, ip: string): Promise<void> {
    await Promise.all([this.account.penalty(key(login), 1), this.ip.penalty(ip, 1)]);
  }

  async succeeded(login: string): Promise<void> {
    await this.account.delete(key(login));
  }
}

const key = (login: string) => login.trim().toLowerCase();
