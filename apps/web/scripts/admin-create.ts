/**
 * `pnpm admin:create [--role sysadmin|secadmin|auditor] [--username …] [--name …]`: makes one of the
 * three administrators (三员分立: system, security, audit; a deployment makes all three, one account
 * each) with a one-time password, printed once here and never stored in clear; it must be changed at
 * the first sign-in. Refuses a name already taken, so it cannot reset someone's password.
 */
import { randomInt } from "node:crypto";
import { parseArgs } from "node:util";

import { hashPassword } from "@crm/auth";
import { appDbOptions, createDb, eq, migrationsDir, schema, writeAudit } from "@crm/db";
import { ADMIN_ROLES, NewPassword, Username, type AdminRole } from "@crm/domain";
import { z } from "zod";

/** Each administrator's account name and display name unless told otherwise. */
const DEFAULTS: Record<AdminRole, { username: string; name: string }> = {
  sysadmin: { username: "sysadmin", name: "系统管理员" },
  secadmin: { username: "secadmin", name: "安全管理员" },
  auditor: { username: "auditor", name: "安全审计员" },
};

/** 16 characters from an alphabet without look-alikes, with letters and digits both present. */
function oneTimePassword(): string {
  const letters = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
  const digits = "23456789";
  const all = letters + digits;
  for (;;) {
    const pw = Array.from({ length: 16 }, () => all[randomInt(all.length)]).join("");
    if (NewPassword.safeParse(pw).success) return pw;
  }
}

async function main() {
  const { values } = parseArgs({
    options: { role: { type: "string", default: "sysadmin" }, username: { type: "string" }, name: { type: "string" } },
  });
  const role = z.enum(ADMIN_ROLES).parse(values.role);
  const username = Username.parse(values.username ?? DEFAULTS[role].username);
  const displayName = values.name ?? DEFAULTS[role].name;
  const handle = await createDb(appDbOptions());
  try {
    await handle.migrate(migrationsDir());
    const { db } = handle;
    const [taken] = await db
      .select({ id: schema.users.id })
      .from(schema.users)
      .where(eq(schema.users.username, username));
    if (taken) throw new Error(`the account ${username} exists already; nothing changed`);
    // The administrator belongs to the commerce bureau, as the district's other bureau staff do.
    const [bureau] = await db
      .select({ id: schema.orgUnits.id })
      .from(schema.orgUnits)
      .where(eq(schema.orgUnits.kind, "bureau"));
    const password = oneTimePassword();
    const passwordHash = await hashPassword(password);
    await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(schema.users)
        .values({
          username,
          displayName,
          role,
          unitId: bureau?.id ?? null,
          passwordHash,
          mustChangePassword: true,
        })
        .returning({ id: schema.users.id });
      await writeAudit(tx, {
        actorId: null,
        action: "user.create",
        entity: "user",
        entityId: user!.id,
        after: { username, role, by: "admin:create" },
      });
    });
    console.log(
      `[admin] ${username} (${role}) made. One-time password (shown once, to be changed at first sign-in):\n${password}`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(`[admin] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
