import {
  authenticate,
  endSession,
  resolveSession,
  SIGN_IN_LIMITS,
  signInThrottle,
  type SessionClaims,
} from "@crm/auth";
import { and, count, eq, schema, sql } from "@crm/db";
import { describe, expect, it } from "vitest";

import { as, callerFor, expectTrpcError, sessionUserOf, useDatabase } from "./helpers";

describe("sessions and sign-in", () => {
  const { db } = useDatabase();
  const userRow = async (username: string) =>
    (await db().select().from(schema.users).where(eq(schema.users.username, username)))[0]!;
  const signIn = async (login: string, password = "Demo@2024", ip = "10.0.0.1") =>
    authenticate(db(), { login, password }, ip);
  const claimsOf = async (login: string, ip?: string): Promise<SessionClaims> => {
    const r = await signIn(login, "Demo@2024", ip);
    if (!r.ok) throw new Error(`${login} could not sign in: ${r.reason}`);
    return r.claims;
  };
  const auditCount = async (action: string, entityId?: string) =>
    (
      await db()
        .select({ n: count() })
        .from(schema.auditLog)
        .where(and(eq(schema.auditLog.action, action), entityId ? eq(schema.auditLog.entityId, entityId) : undefined))
    )[0]!.n;

  it("signs in by account name or by mobile number, opens a server-side session and audits it", async () => {
    const before = await auditCount("auth.sign_in");
    const byName = await signIn("zone.park");
    const byMobile = await signIn("13807340011");
    expect(byName.ok && byMobile.ok && byName.claims.uid === byMobile.claims.uid).toBe(true);
    expect(byName.ok && byMobile.ok && byName.claims.sid !== byMobile.claims.sid).toBe(true);
    expect(await auditCount("auth.sign_in")).toBe(before + 2);
  });

  it("counts the account whichever login names it: name and mobile share one limit", async () => {
    const user = await userRow("town.yumu");
    const failedBefore = await auditCount("auth.sign_in.failed", user.id);
    for (let i = 0; i < SIGN_IN_LIMITS.perPair; i++)
      expect(await signIn(i % 2 ? user.mobile! : "town.yumu", "wrong", "10.0.0.2")).toEqual({
        ok: false,
        reason: "invalid",
      });
    expect(await auditCount("auth.sign_in.failed", user.id)).toBe(failedBefore + SIGN_IN_LIMITS.perPair);
    // Locked from this address, by either login, right password or not — and the refusals write nothing.
    const auditBefore = (await db().select({ n: count() }).from(schema.auditLog))[0]!.n;
    for (const login of ["town.yumu", user.mobile!]) {
      const r = await signIn(login, "Demo@2024", "10.0.0.2");
      expect(r).toMatchObject({ ok: false, reason: "throttled" });
      expect(r.ok === false && r.reason === "throttled" && r.retryAfterSeconds).toBeGreaterThan(0);
    }
    expect((await db().select({ n: count() }).from(schema.auditLog))[0]!.n).toBe(auditBefore);
    // One audit event for the lock.
    expect(await auditCount("auth.lockout", user.id)).toBe(1);
    // The owner, from another address, still signs in.
    expect((await signIn("town.yumu", "Demo@2024", "10.0.0.3")).ok).toBe(true);
  });

  it("lets the security administrator lift a lock, audited; a zone may not", async () => {
    const user = await userRow("dept.land");
    for (let i = 0; i < SIGN_IN_LIMITS.perPair; i++) await signIn("dept.land", "wrong", "10.0.0.4");
    expect((await signIn("dept.land", "Demo@2024", "10.0.0.4")).ok).toBe(false);
    const admin = await as(db(), "secadmin");
    expect((await admin.admin.users()).find((u) => u.id === user.id)?.locked).toBe(true);
    await expectTrpcError((await as(db(), "zone.park")).admin.unlockUser({ id: user.id }), "FORBIDDEN");
    await admin.admin.unlockUser({ id: user.id });
    expect(await auditCount("user.unlock", user.id)).toBe(1);
    expect((await admin.admin.users()).find((u) => u.id === user.id)?.locked).toBe(false);
    expect((await signIn("dept.land", "Demo@2024", "10.0.0.4")).ok).toBe(true);
  });

  it("limits the current-password check of a password change the same way", async () => {
    const before = await userRow("dept.civil");
    const caller = callerFor(db(), await sessionUserOf(db(), "dept.civil"));
    for (let i = 0; i < SIGN_IN_LIMITS.perPair; i++)
      await expectTrpcError(
        caller.account.changePassword({
          currentPassword: "guess",
          newPassword: "Another-Lake-2026",
          version: before.version,
        }),
        "BAD_REQUEST",
      );
    // Now even the right password is refused here, until the lock passes or an administrator lifts it.
    await expectTrpcError(
      caller.account.changePassword({
        currentPassword: "Demo@2024",
        newPassword: "Another-Lake-2026",
        version: before.version,
      }),
      "TOO_MANY_REQUESTS",
    );
    expect((await userRow("dept.civil")).passwordHash).toBe(before.passwordHash);
    expect(await auditCount("auth.lockout", before.id)).toBe(1);
    await signInThrottle(db()).unlock(before.id);
  });

  it("ends the session on the server at sign-out, audited once: the same token no longer works", async () => {
    const claims = await claimsOf("zone.street");
    expect(await resolveSession(db(), claims)).not.toBeNull();
    await endSession(db(), claims.sid);
    expect(await resolveSession(db(), claims)).toBeNull();
    await endSession(db(), claims.sid); // signing out twice records it once
    expect(await auditCount("auth.sign_out", claims.sid)).toBe(1);
    // Another session of the same user is untouched.
    expect(await resolveSession(db(), await claimsOf("zone.street"))).not.toBeNull();
  });

  it("ends a session unused for longer than the idle timeout the security administrator set, and any after 12 hours", async () => {
    const setIdle = async (minutes: number) => {
      const admin = await as(db(), "secadmin");
      const { version } = await admin.admin.sessionPolicy();
      await admin.admin.setSessionPolicy({ value: { idleMinutes: minutes }, version });
    };
    const age = (sid: string, col: "last_seen_at" | "created_at", minutes: number) =>
      db().execute(
        sql`update user_session set ${sql.raw(col)} = now() - make_interval(mins => ${minutes}) where id = ${sid}`,
      );

    const idle = await claimsOf("zone.area");
    await age(idle.sid, "last_seen_at", 29);
    expect(await resolveSession(db(), idle)).not.toBeNull(); // used now: its clock starts again
    await age(idle.sid, "last_seen_at", 31);
    expect(await resolveSession(db(), idle)).toBeNull();

    await setIdle(60);
    const longer = await claimsOf("zone.area");
    await age(longer.sid, "last_seen_at", 45);
    expect(await resolveSession(db(), longer)).not.toBeNull();
    await setIdle(30);

    const old = await claimsOf("zone.area");
    await age(old.sid, "created_at", 12 * 60 + 1);
    expect(await resolveSession(db(), old)).toBeNull(); // in use all along, but too old
    await expectTrpcError(
      (await as(db(), "secadmin")).admin.setSessionPolicy({ value: { idleMinutes: 1 }, version: 99 }),
      "BAD_REQUEST",
    );
  });

  it("refuses a token without a server-side session (made before sessions were kept)", async () => {
    const { sid: _sid, ...old } = await claimsOf("zone.scenic");
    expect(await resolveSession(db(), old as SessionClaims)).toBeNull();
  });

  it("refuses every procedure but one's own account while a temporary password is unchanged", async () => {
    const u = await userRow("zone.commerce");
    await db().update(schema.users).set({ mustChangePassword: true }).where(eq(schema.users.id, u.id));
    const caller = callerFor(db(), await sessionUserOf(db(), "zone.commerce"));
    await expectTrpcError(caller.project.list({}), "FORBIDDEN");
    await expectTrpcError(caller.notification.unread(), "FORBIDDEN");
    const me = await caller.account.me();
    expect(me.username).toBe("zone.commerce");
    await caller.account.changePassword({
      currentPassword: "Demo@2024",
      newPassword: "Changed-Lake-2026",
      version: u.version,
    });
    const after = callerFor(db(), await sessionUserOf(db(), "zone.commerce"));
    await expect(after.project.list({})).resolves.toBeTruthy();
  });

  it("refuses a session whose version is stale: changing the password ends older sessions", async () => {
    const before = await userRow("zone.area");
    const oldClaims = await claimsOf("zone.area");
    expect(await resolveSession(db(), oldClaims)).not.toBeNull();
    const caller = await as(db(), "zone.area");
    await caller.account.changePassword({
      currentPassword: "Demo@2024",
      newPassword: "Newpass-Lake-2026",
      version: before.version,
    });
    expect(await resolveSession(db(), oldClaims)).toBeNull();
    expect((await userRow("zone.area")).sessionVersion).toBe(before.sessionVersion + 1);
    expect((await signIn("zone.area", "Newpass-Lake-2026")).ok).toBe(true);
    // A caller whose session was refused is not signed in.
    await expectTrpcError(callerFor(db(), await resolveSession(db(), oldClaims)).project.list({}), "UNAUTHORIZED");
  });

  it("ends a user's sessions when the system administrator disables them, and refuses a stale copy", async () => {
    const target = await userRow("zone.scenic");
    const claims = await claimsOf("zone.scenic");
    const admin = await as(db(), "sysadmin");
    const done = await admin.admin.setUserDisabled({ id: target.id, disabled: true, version: target.version });
    expect(done.disabled).toBe(true);
    expect(await resolveSession(db(), claims)).toBeNull();
    expect(await auditCount("user.disable", target.id)).toBe(1);
    await expectTrpcError(
      admin.admin.setUserDisabled({ id: target.id, disabled: false, version: target.version }),
      "CONFLICT",
    );
    expect((await userRow("zone.scenic")).disabled).toBe(true);
    expect(await signIn("zone.scenic")).toEqual({ ok: false, reason: "disabled" });
    await admin.admin.setUserDisabled({ id: target.id, disabled: false, version: done.version });
    expect(await sessionUserOf(db(), "zone.scenic")).toBeTruthy();
  });

  it("refuses a wrong current password with a clear error and changes nothing", async () => {
    const before = await userRow("dept.edu");
    await expectTrpcError(
      (await as(db(), "dept.edu")).account.changePassword({
        currentPassword: "nope",
        newPassword: "Another-Lake-2026",
        version: before.version,
      }),
      "BAD_REQUEST",
    );
    expect((await userRow("dept.edu")).passwordHash).toBe(before.passwordHash);
  });
});
