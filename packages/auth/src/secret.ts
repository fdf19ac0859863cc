import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { repoRoot } from "@crm/db";

import { env } from "./env";

/**
 * The JWT secret: AUTH_SECRET when set; otherwise one made on first start and kept in
 * `.data/auth-secret`, so a newcomer needs no configuration and sessions survive a restart.
 */
export function authSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  const file = path.join(repoRoot(), ".data", "auth-secret");
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
    } catch {
      // another process wrote it first: use theirs
    }
    return readFileSync(file, "utf8").trim();
  }
}
