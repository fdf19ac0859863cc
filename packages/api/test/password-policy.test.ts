import { hashPassword } from "@crm/auth";
import { eq, schema, sql } from "@crm/db";
import { DEFAULT_PASSWORD_POLICY } from "@crm/domain";
import { describe, expect, it } from "vitest";

import { as, callerFor, expectTrpcError, sessionUserOf, useDatabase } from "./helpers";

/** The password policy (等保 level 3): strength, no reuse, expiry; set by the administrator. */
describe("the password policy", () => {
  const { db } = useDatabase();
  const person = async (username: string, password: string) => {
    const [unit] = await db().select().from(schema.orgUnits).where(eq(schema.orgUnits.code, "park"));
    await db()
      .insert(schema.users)
      .values({
        username,
        displayName: "测试人员",
        role: "zone_staff",
        unitId: unit!.id,
        mobile: `139${String(Date.now()).slice(-8)}`,
        passwordHash: await hashPassword(password),
      });
    return sessionUserOf(db(), username);
  };
  const change = async (username: string, currentPassword: string, newPassword: string) => {
    const [u] = await db().select().from(schema.users).where(eq(schema.users.username, username));
    return callerFor(db(), await sessionUserOf(db(), username)).account.changePassword({
      currentPassword,
      newPassword,
      version: u!.version,
    });
  };
  const refusal = (p: Promise<unknown>) =>
    p.then(
      () => "accepted",
      (e: { message: string }) => e.message,
    );

  it("refuses a common, a personal or a reused password and changes nothing", async () => {
    await person("pw.one", "Start-Pass-2026");
    const [me] = await db().select().from(schema.users).where(eq(schema.users.username, "pw.one"));
    expect(await refusal(change("pw.one", "Start-Pass-2026", "Password2026!"))).toBe("passwordCommon");
    expect(await refusal(change("pw.one", "Start-Pass-2026", "Pw.One-2026-ok"))).toBe("passwordPersonal");
    expect(await refusal(change("pw.one", "Start-Pass-2026", `Tel${me!.mobile}x`))).toBe("passwordPersonal");
    expect(await refusal(change("pw.one", "Start-Pass-2026", "Start-Pass-2026"))).toBe("passwordReused");
    const [after] = await db().select().from(schema.users).where(eq(schema.users.username, "pw.one"));
    expect(after!.passwordHash).toBe(me!.passwordHash);
    expect(after!.version).toBe(me!.version);
  });

  it("remembers the last five: the first comes back only after five others", async () => {
    await person("pw.two", "Pass-Zero-2026");
    const chain = ["Pass-One-2026", "Pass-Two-2026", "Pass-Three-2026", "Pass-Four-2026"];
    let current = "Pass-Zero-2026";
    for (const next of chain) {
      await change("pw.two", current, next);
      current = next;
    }
    // Five kept (the current and four before it): the first is among them.
    expect(await refusal(change("pw.two", current, "Pass-Zero-2026"))).toBe("passwordReused");
    await change("pw.two", current, "Pass-Five-2026");
    expect(await refusal(change("pw.two", "Pass-Five-2026", "Pass-Zero-2026"))).toBe("accepted");
  });

  it("makes a password past its expiry a must-change, and lifts it with the change", async () => {
    await person("pw.three", "Old-Enough-2026");
    await db().execute(
      sql`update app_user set password_changed_at = now() - interval '91 days' where username = 'pw.three'`,
    );
    const expired = await sessionUserOf(db(), "pw.three");
    expect(expired).toMatchObject({ mustChangePassword: true, passwordExpired: true });
    // Only changing it is open.
    await expectTrpcError(callerFor(db(), expired).home.summary(), "FORBIDDEN");
    await change("pw.three", "Old-Enough-2026", "Fresh-Enough-2026");
    expect(await sessionUserOf(db(), "pw.three")).toMatchObject({ mustChangePassword: false, passwordExpired: false });
  });

  it("is set by the security administrator only, within its bounds, and an expiry of 0 never expires", async () => {
    const admin = await as(db(), "secadmin");
    await expectTrpcError((await as(db(), "bureau.lead")).admin.passwordPolicy(), "FORBIDDEN");
    const { value, version } = await admin.admin.passwordPolicy();
    expect(value).toEqual(DEFAULT_PASSWORD_POLICY);
    await expectTrpcError(admin.admin.setPasswordPolicy({ value: { ...value, minLength: 8 }, version }), "BAD_REQUEST");
    await expectTrpcError(
      admin.admin.setPasswordPolicy({ value: { ...value, expiryDays: 10 }, version }),
      "BAD_REQUEST",
    );
    const saved = await admin.admin.setPasswordPolicy({ value: { ...value, expiryDays: 0 }, version });
    await person("pw.four", "Never-Expires-2026");
    await db().execute(
      sql`update app_user set password_changed_at = now() - interval '2000 days' where username = 'pw.four'`,
    );
    expect(await sessionUserOf(db(), "pw.four")).toMatchObject({ passwordExpired: false });
    await admin.admin.setPasswordPolicy({ value, version: saved.version });
    await db().execute(sql`update app_user set password_changed_at = now() where username = 'pw.four'`);
  });
});
