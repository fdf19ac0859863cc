/**
 * `pnpm admin:create [--username admin] [--name 系统管理员]`: makes a system administrator with a
 * one-time password, printed once here and never stored in clear; it must be changed at the first
 * sign-in. Refuses a name already taken, so it cannot reset someone's password.
 */
import { randomInt } from "node:crypto";
import { parseArgs } from "node:util";

import { hashPassword } from "@crm/auth";
import { appDbOptions, createDb, eq, migrationsDir, schema, writeAudit } from "@crm/db";
import { NewPassword, Username } from "@crm/domain";

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
    options: { username: { type: "string", default: "admin" }, name: { type: "string", default: "系统管理员" } },
  });
  const username = Username.parse(values.username);
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
          displayName: values.name!,
          role: "admin",
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
        after: { username, role: "admin", by: "admin:create" },
      });
    });
    console.log(
      `[admin] ${username} made. One-time password (shown once, to be changed at first sign-in):\n${password}`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(`[admin] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
