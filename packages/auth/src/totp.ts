import { randomInt } from "node:crypto";

import { SECOND_FACTOR, foldRecoveryCode } from "@crm/domain";
import { generateSecret, generateURI, verify } from "otplib";

import { hashPassword } from "./password";

/** A new TOTP secret: 20 random bytes (160 bits, RFC 4226's recommendation) in base32. */
export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(secret: string, account: string): string {
  return generateURI({
    issuer: SECOND_FACTOR.issuer,
    label: account,
    secret,
    digits: SECOND_FACTOR.digits,
    period: SECOND_FACTOR.periodSeconds,
  });
}

/**
 * Checks a code against a secret at `now`, a step either side allowed; a code of a time step at
 * or before `afterTimeStep` (the last one taken) is refused, so a code is good once. Returns the
 * code's time step, or null.
 */
export async function checkTotp(
  secret: string,
  code: string,
  opts: { now: Date; afterTimeStep?: number | null },
): Promise<number | null> {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  try {
    const result = await verify({
      secret,
      token,
      digits: SECOND_FACTOR.digits,
      period: SECOND_FACTOR.periodSeconds,
      epoch: Math.floor(opts.now.getTime() / 1000),
      epochTolerance: SECOND_FACTOR.toleranceSeconds,
      ...(opts.afterTimeStep != null ? { afterTimeStep: opts.afterTimeStep } : {}),
    });
    return result.valid && "timeStep" in result ? result.timeStep : null;
  } catch {
    return null; // a malformed secret or token never matches
  }
}

/** Lower-case letters and digits without the ones read alike (0/o, 1/l/i). */
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** Ten recovery codes in clear (shown once) with their argon2id hashes (kept). About 49 bits each. */
export async function newRecoveryCodes(): Promise<{ codes: string[]; hashes: string[] }> {
  const codes = Array.from({ length: SECOND_FACTOR.recoveryCodes }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
  const hashes = await Promise.all(codes.map((c) => hashPassword(foldRecoveryCode(c))));
  return { codes, hashes };
}
