import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { env } from "./env";
import { repoRoot } from "./paths";

/**
 * Personal data and secrets at rest: AES-256-GCM with a key from the environment (DATA_KEY, 32
 * bytes in base64), and a keyed hash (HMAC-SHA-256 under a second key derived from the same one)
 * to find a row by a value without storing it in clear. Without DATA_KEY, a key is made on first
 * start and kept in `.data/data-key` (the embedded demo); a deployment sets DATA_KEY from its key
 * service and keeps it apart from the database and its backups.
 *
 * A sealed value reads `v1:<base64url of iv | tag | ciphertext>`; the version lets a new key or
 * algorithm (SM4 for 密评) be added beside this one.
 */
const PREFIX = "v1:";

let cached: { enc: Buffer; mac: Buffer } | undefined;

function keys(): { enc: Buffer; mac: Buffer } {
  if (cached) return cached;
  const master = Buffer.from(env.DATA_KEY ?? localKey(), "base64");
  if (master.length !== 32) throw new Error("DATA_KEY must be 32 bytes in base64");
  const derive = (info: string) => Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), info, 32));
  cached = { enc: derive("crm field encryption"), mac: derive("crm keyed lookup") };
  return cached;
}

function localKey(): string {
  const file = path.join(repoRoot(), ".data", "data-key");
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600, flag: "wx" });
    } catch {
      // another process wrote it first: use theirs
    }
    return readFileSync(file, "utf8").trim();
  }
}

/** Encrypts a value; every call gives a different text (a fresh 12-byte IV). */
export function seal(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keys().enc, iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}

/** Decrypts what `seal` wrote; throws when the text was altered or sealed under another key. */
export function open(sealed: string): string {
  if (!sealed.startsWith(PREFIX)) throw new Error("not a sealed value");
  const raw = Buffer.from(sealed.slice(PREFIX.length), "base64url");
  const decipher = createDecipheriv("aes-256-gcm", keys().enc, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
}

export function isSealed(value: string): boolean {
  return value.startsWith(PREFIX);
}

/** The same value always gives the same hash under one key, so an index can find it. */
export function keyedHash(value: string): string {
  return createHmac("sha256", keys().mac).update(value, "utf8").digest("base64url");
}
