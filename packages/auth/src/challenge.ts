import { createHmac, timingSafeEqual } from "node:crypto";

import { SECOND_FACTOR } from "@crm/domain";

import { authSecret } from "./secret";

/**
 * What a right password earns an account with a second factor: not a session, a ticket to the
 * code step, signed with the auth secret, bound to the account and its session version (a
 * password reset or disabling in between voids it), good for five minutes. It travels in an
 * httpOnly cookie; the code step's own limiter bounds how often it can be tried.
 */
export interface Challenge {
  uid: string;
  sv: number;
  exp: number;
}

const mac = (body: string) => createHmac("sha256", `second-factor:${authSecret()}`).update(body).digest("base64url");

export function issueChallenge(uid: string, sv: number, now = Date.now()): string {
  const body = Buffer.from(
    JSON.stringify({ uid, sv, exp: now + SECOND_FACTOR.challengeSeconds * 1000 } satisfies Challenge),
  ).toString("base64url");
  return `${body}.${mac(body)}`;
}

/** The ticket's contents when it is ours and not expired, else null. */
export function readChallenge(ticket: string | null | undefined, now = Date.now()): Challenge | null {
  if (!ticket || ticket.length > 1000) return null;
  const [body, sig] = ticket.split(".");
  if (!body || !sig) return null;
  const want = Buffer.from(mac(body));
  const got = Buffer.from(sig);
  if (want.length !== got.length || !timingSafeEqual(want, got)) return null;
  try {
    const c = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Challenge;
    if (typeof c.uid !== "string" || typeof c.sv !== "number" || typeof c.exp !== "number") return null;
    return c.exp > now ? c : null;
  } catch {
    return null;
  }
}
