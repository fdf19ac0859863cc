import { hash, verify } from "@node-rs/argon2";

/** argon2id with OWASP's minimum (19 MiB, 2 passes, 1 lane). The encoded hash carries its parameters. */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(encoded: string, password: string): Promise<boolean> {
  try {
    return await verify(encoded, password);
  } catch {
    return false; // a malformed hash never matches
  }
}

/** Verified against when no such account exists, so a wrong name costs as long as a wrong password. */
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword("not the password of anyone");
  return dummy;
}
