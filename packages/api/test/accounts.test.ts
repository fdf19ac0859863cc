import { authenticate, resolveSession, type SessionClaims } from "@crm/auth";
import { and, count, eq, schema } from "@crm/db";
import { describe, expect, it } from "vitest";

import { as, callerFor, expectTrpcError, sessionUserOf, useDatabase } from "./helpers";

describe("staff accounts, kept by the system and the security administrator (三员分立)", () => {
  const { db } = useDatabase();
  const unitOf = async (code: string) =>
    (await db().select().from(schema.orgUnits).where(eq(schema.orgUnits.code, code)))[0]!;
  const userRow = async (username: string) =>
    (await db().select().from(schema.users).where(eq(schema.users.username, username)))[0]!;
  const claimsOf = async (login: string, password: string): Promise<SessionClaims> => {
    const r = await authenticate(db(), { login, password }, "10.0.9.1");
    if (!r.ok) throw new Error(`${login} could not sign in: ${r.reason}`);
    return r.claims;
  };
  const totals = async () => ({
    users: (await db().select({ n: count() }).from(schema.users))[0]!.n,
    // What was done (a refused call is itself audited, as refused).
    audit: (await db().select({ n: count() }).from(schema.auditLog).where(eq(schema.auditLog.result, "done")))[0]!.n,
  });
  /** An account of this file's own (the demo's accounts stay as they are for the other test files). */
  const ownAccount = async (username: string, like: string) => {
    const {
      id: _id,
      createdAt: _c,
      updatedAt: _u,
      version: _v,
      mobile: _m,
      mobileHash: _h,
      ...copy
    } = await userRow(like);
    await db()
      .insert(schema.users)
      .values({ ...copy, username, displayName: `${copy.displayName}（测试）` });
  };
  const audits = (action: string, entityId: string) =>
    db()
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, action), eq(schema.auditLog.entityId, entityId)));

  it("creates an account whose one-time password signs in and must be changed first", async () => {
    const admin = await as(db(), "sysadmin");
    const park = await unitOf("park");
    const made = await admin.admin.createUser({
      username: "zone.newcomer",
      displayName: "新同事",
      title: "专班干部",
      mobile: "13900001111",
      role: "zone_staff",
      unitId: park.id,
    });
    expect(made.temporaryPassword).toMatch(/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)[A-Za-z0-9]{12}$/);
    const row = await userRow("zone.newcomer");
    expect(row).toMatchObject({ role: "zone_staff", unitId: park.id, mustChangePassword: true, title: "专班干部" });
    expect(row.passwordHash).not.toContain(made.temporaryPassword);
    expect(await audits("user.create", row.id)).toHaveLength(1);
    expect(JSON.stringify(await audits("user.create", row.id))).not.toContain(made.temporaryPassword);

    const claims = await claimsOf("zone.newcomer", made.temporaryPassword);
    const person = callerFor(db(), await resolveSession(db(), claims));
    await expectTrpcError(person.project.list({}), "FORBIDDEN");
    await person.account.changePassword({
      currentPassword: made.temporaryPassword,
      newPassword: "Mine2026ok",
      version: row.version,
    });
    const after = callerFor(db(), await sessionUserOf(db(), "zone.newcomer"));
    await expect(after.project.list({})).resolves.toBeTruthy();
  });

  it("refuses every account procedure to a caller who is no administrator", async () => {
    const lead = await as(db(), "bureau.lead");
    const target = await userRow("zone.park2");
    const bureau = await unitOf("bureau");
    const before = await totals();
    await expectTrpcError(lead.admin.staffUnits(), "FORBIDDEN");
    await expectTrpcError(
      lead.admin.createUser({ username: "x.intruder", displayName: "X", role: "bureau_staff", unitId: bureau.id }),
      "FORBIDDEN",
    );
    await expectTrpcError(lead.admin.resetPassword({ id: target.id, version: target.version }), "FORBIDDEN");
    await expectTrpcError(
      lead.admin.changePlacement({ id: target.id, version: target.version, role: "secadmin", unitId: bureau.id }),
      "FORBIDDEN",
    );
    expect(await totals()).toEqual(before);
    expect(await userRow("zone.park2")).toEqual(target);
  });

  it("refuses a unit that does not fit the role, an enterprise or administrator role, a bad mobile and a taken name, changing nothing", async () => {
    const admin = await as(db(), "sysadmin");
    const bureau = await unitOf("bureau");
    const edu = await unitOf("edu");
    const park = await unitOf("park");
    const before = await totals();
    const base = { username: "dept.nobody", displayName: "某人" };
    await expectTrpcError(admin.admin.createUser({ ...base, role: "zone_staff", unitId: edu.id }), "BAD_REQUEST");
    await expectTrpcError(admin.admin.createUser({ ...base, role: "dept_staff", unitId: park.id }), "BAD_REQUEST");
    await expectTrpcError(
      admin.admin.createUser({ ...base, role: "enterprise" as "zone_staff", unitId: edu.id }),
      "BAD_REQUEST",
    );
    // An administrator's role is the security administrator's to give: the system administrator cannot open one.
    for (const role of ["sysadmin", "secadmin", "auditor"] as const)
      await expectTrpcError(
        admin.admin.createUser({ ...base, role: role as "bureau_staff", unitId: bureau.id }),
        "BAD_REQUEST",
      );
    await expectTrpcError(
      admin.admin.createUser({ ...base, role: "dept_staff", unitId: edu.id, mobile: "12345" }),
      "BAD_REQUEST",
    );
    await expectTrpcError(
      admin.admin.createUser({ ...base, username: "Dept.Edu", role: "dept_staff", unitId: edu.id }),
      "BAD_REQUEST",
    );
    const taken = (await userRow("dept.edu")).mobile!;
    await expectTrpcError(
      admin.admin.createUser({ ...base, role: "dept_staff", unitId: edu.id, mobile: taken }),
      "BAD_REQUEST",
    );
    expect(await totals()).toEqual(before);
  });

  it("resets a password: sessions end, the old password fails, the new one must be changed; stale and self refused", async () => {
    const admin = await as(db(), "secadmin");
    await ownAccount("dept.resettest", "dept.civil");
    const old = await claimsOf("dept.resettest", "Demo@2024");
    const target = await userRow("dept.resettest");
    await expectTrpcError(admin.admin.resetPassword({ id: target.id, version: target.version + 5 }), "CONFLICT");
    const self = await userRow("secadmin");
    await expectTrpcError(admin.admin.resetPassword({ id: self.id, version: self.version }), "BAD_REQUEST");
    const ent = await userRow("ent.lelin");
    await expectTrpcError(admin.admin.resetPassword({ id: ent.id, version: ent.version }), "BAD_REQUEST");
    expect(await userRow("dept.resettest")).toEqual(target);

    const done = await admin.admin.resetPassword({ id: target.id, version: target.version });
    expect(await resolveSession(db(), old)).toBeNull();
    const after = await userRow("dept.resettest");
    expect(after).toMatchObject({ mustChangePassword: true, sessionVersion: target.sessionVersion + 1 });
    expect((await authenticate(db(), { login: "dept.resettest", password: "Demo@2024" }, "10.0.9.2")).ok).toBe(false);
    const fresh = callerFor(db(), await resolveSession(db(), await claimsOf("dept.resettest", done.temporaryPassword)));
    await expectTrpcError(fresh.notification.unread(), "FORBIDDEN");
    expect(await audits("user.reset_password", target.id)).toHaveLength(1);
  });

  it("changes a role and unit: audited before and after, sessions end; a misfit, a stale copy and oneself refused", async () => {
    const admin = await as(db(), "secadmin");
    await ownAccount("dept.movetest", "dept.market");
    const old = await claimsOf("dept.movetest", "Demo@2024");
    const target = await userRow("dept.movetest");
    const market = await unitOf("market");
    const street = await unitOf("street");
    await expectTrpcError(
      admin.admin.changePlacement({ id: target.id, version: target.version, role: "zone_staff", unitId: market.id }),
      "BAD_REQUEST",
    );
    await expectTrpcError(
      admin.admin.changePlacement({
        id: target.id,
        version: target.version + 3,
        role: "zone_staff",
        unitId: street.id,
      }),
      "CONFLICT",
    );
    const self = await userRow("secadmin");
    await expectTrpcError(
      admin.admin.changePlacement({ id: self.id, version: self.version, role: "sysadmin", unitId: self.unitId! }),
      "BAD_REQUEST",
    );
    expect(await userRow("dept.movetest")).toEqual(target);
    expect(await resolveSession(db(), old)).not.toBeNull();

    const moved = await admin.admin.changePlacement({
      id: target.id,
      version: target.version,
      role: "zone_staff",
      unitId: street.id,
    });
    expect(moved).toMatchObject({ role: "zone_staff", unitId: street.id });
    expect(await resolveSession(db(), old)).toBeNull();
    const [audit] = await audits("user.change_role", target.id);
    expect(audit).toMatchObject({
      before: { role: "dept_staff", unitId: market.id },
      after: { role: "zone_staff", unitId: street.id },
    });
    const next = await sessionUserOf(db(), "dept.movetest");
    expect(next).toMatchObject({ role: "zone_staff", unitId: street.id });
  });

  it("三员分立: each administrator does its own part only, and none gives a role to itself", async () => {
    const system = await as(db(), "sysadmin");
    const security = await as(db(), "secadmin");
    const audit = await as(db(), "auditor");
    await ownAccount("dept.splittest", "dept.land");
    const target = await userRow("dept.splittest");
    const bureau = await unitOf("bureau");
    const before = await totals();
    const place = { id: target.id, version: target.version, role: "auditor" as const, unitId: bureau.id };
    // The system administrator: no roles, credentials, unlocking or security policies.
    await expectTrpcError(system.admin.changePlacement(place), "FORBIDDEN");
    await expectTrpcError(system.admin.resetPassword({ id: target.id, version: target.version }), "FORBIDDEN");
    await expectTrpcError(system.admin.unlockUser({ id: target.id }), "FORBIDDEN");
    await expectTrpcError(system.admin.passwordPolicy(), "FORBIDDEN");
    await expectTrpcError(system.admin.sessionPolicy(), "FORBIDDEN");
    // The security administrator: no accounts opened or disabled, no units, dictionaries, targets or business data.
    await expectTrpcError(
      security.admin.createUser({ username: "x.split", displayName: "X", role: "bureau_staff", unitId: bureau.id }),
      "FORBIDDEN",
    );
    await expectTrpcError(
      security.admin.setUserDisabled({ id: target.id, disabled: true, version: target.version }),
      "FORBIDDEN",
    );
    await expectTrpcError(security.settings.webhooks(), "FORBIDDEN");
    await expectTrpcError(security.cockpit.targets({ year: 2026 }), "FORBIDDEN");
    await expectTrpcError(security.project.list({}), "FORBIDDEN");
    // The audit administrator: none of the accounts' procedures, nor the business's.
    await expectTrpcError(audit.admin.users(), "FORBIDDEN");
    await expectTrpcError(audit.admin.changePlacement(place), "FORBIDDEN");
    await expectTrpcError(audit.project.list({}), "FORBIDDEN");
    expect(await totals()).toEqual(before);

    // The security administrator gives the audit administrator's role to another account; it may not take one itself.
    const self = await userRow("secadmin");
    await expectTrpcError(
      security.admin.changePlacement({ ...place, id: self.id, version: self.version, role: "sysadmin" }),
      "BAD_REQUEST",
    );
    await security.admin.changePlacement(place);
    expect(await userRow("dept.splittest")).toMatchObject({ role: "auditor", unitId: bureau.id });
    // Now an administrator's account: the system administrator cannot switch it off.
    const moved = await userRow("dept.splittest");
    await expectTrpcError(
      system.admin.setUserDisabled({ id: moved.id, disabled: true, version: moved.version }),
      "BAD_REQUEST",
    );
    expect((await userRow("dept.splittest")).disabled).toBe(false);
  });
});
