import { authenticate, resolveSession, SignInThrottle, SIGN_IN_LIMITS } from "@crm/auth";
import { and, count, eq, schema } from "@crm/db";
import { describe, expect, it } from "vitest";

import { as, callerFor, expectTrpcError, sessionUserOf, useDatabase } from "./helpers";

describe("sessions and sign-in", () => {
  const { db } = useDatabase();
  const userRow = async (username: string) =>
    (await db().select().from(schema.users).where(eq(schema.users.username, username)))[0]!;
  const claimsOf = (u: Awaited<ReturnType<typeof userRow>>) => ({
    uid: u.id,
    role: u.role,
    unitId: u.unitId,
    enterpriseId: u.enterpriseId,
    sv: u.sessionVersion,
  });
  const auditCount = async (action: string, entityId?: string) =>
    (
      await db()
        .select({ n: count() })
        .from(schema.auditLog)
        .where(and(eq(schema.auditLog.action, action), entityId ? eq(schema.auditLog.entityId, entityId) : undefined))
    )[0]!.n;

  it("signs in by account name or by mobile number, and audits it", async () => {
    const throttle = new SignInThrottle();
    const before = await auditCount("auth.sign_in");
    const byName = await authenticate(db(), throttle, { login: "zone.park", password: "Demo@2024" }, "10.0.0.1");
    const byMobile = await authenticate(db(), throttle, { login: "13807340011", password: "Demo@2024" }, "10.0.0.1");
    expect(byName.ok && byMobile.ok && byName.claims.uid === byMobile.claims.uid).toBe(true);
    expect(await auditCount("auth.sign_in")).toBe(before + 2);
  });

  it("refuses a wrong password, audits it, and refuses every attempt once the account's limit is reached", async () => {
    const throttle = new SignInThrottle();
    const user = await userRow("town.yumu");
    const failedBefore = await auditCount("auth.sign_in.failed", user.id);
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
      expect(await authenticate(db(), throttle, { login: "town.yumu", password: "wrong" }, "10.0.0.2")).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    expect(await auditCount("auth.sign_in.failed", user.id)).toBe(failedBefore + SIGN_IN_LIMITS.perAccount);
    const sixth = await authenticate(db(), throttle, { login: "town.yumu", password: "Demo@2024" }, "10.0.0.3");
    expect(sixth).toMatchObject({ ok: false, reason: "throttled" });
    expect(sixth.ok === false && sixth.reason === "throttled" && sixth.retryAfterSeconds).toBeGreaterThan(0);
    // Another account from another address is not affected.
    expect((await authenticate(db(), throttle, { login: "dept.land", password: "Demo@2024" }, "10.0.0.4")).ok).toBe(
      true,
    );
  });

  it("refuses a session whose version is stale: changing the password ends older sessions", async () => {
    const before = await userRow("zone.area");
    const oldClaims = claimsOf(before);
    expect(await resolveSession(db(), oldClaims)).not.toBeNull();
    const caller = await as(db(), "zone.area");
    await caller.account.changePassword({
      currentPassword: "Demo@2024",
      newPassword: "Newpass2026",
      version: before.version,
    });
    expect(await resolveSession(db(), oldClaims)).toBeNull();
    const after = await userRow("zone.area");
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await resolveSession(db(), claimsOf(after))).not.toBeNull();
    // A caller whose session was refused is not signed in.
    await expectTrpcError(callerFor(db(), await resolveSession(db(), oldClaims)).project.list({}), "UNAUTHORIZED");
  });

  it("ends a user's sessions when the admin disables them, and refuses a stale copy", async () => {
    const target = await userRow("zone.scenic");
    const claims = claimsOf(target);
    const admin = await as(db(), "admin");
    const done = await admin.admin.setUserDisabled({ id: target.id, disabled: true, version: target.version });
    expect(done.disabled).toBe(true);
    expect(await resolveSession(db(), claims)).toBeNull();
    expect(await auditCount("user.disable", target.id)).toBe(1);
    // The same stale copy again: CONFLICT, nothing changes.
    await expectTrpcError(
      admin.admin.setUserDisabled({ id: target.id, disabled: false, version: target.version }),
      "CONFLICT",
    );
    expect((await userRow("zone.scenic")).disabled).toBe(true);
    expect(
      await authenticate(db(), new SignInThrottle(), { login: "zone.scenic", password: "Demo@2024" }, "10.0.0.5"),
    ).toEqual({ ok: false, reason: "disabled" });
    await admin.admin.setUserDisabled({ id: target.id, disabled: false, version: done.version });
    expect(await sessionUserOf(db(), "zone.scenic")).toBeTruthy();
  });

  it("refuses a wrong current password with a clear error and changes nothing", async () => {
    const before = await userRow("dept.edu");
    await expectTrpcError(
      (await as(db(), "dept.edu")).account.changePassword({
        currentPassword: "nope",
        newPassword: "Another2026",
        version: before.version,
      }),
      "BAD_REQUEST",
    );
    expect((await userRow("dept.edu")).passwordHash).toBe(before.passwordHash);
  });
});
