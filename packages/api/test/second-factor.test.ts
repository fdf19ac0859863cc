import {
  authenticate,
  hashPassword,
  resolveSession,
  SIGN_IN_LIMITS,
  verifySecondStep,
  type SessionClaims,
} from "@crm/auth";
import { and, count, eq, schema } from "@crm/db";
import { DEFAULT_SECOND_FACTOR_ROLES } from "@crm/domain";
import { generate } from "otplib";
import { afterAll, describe, expect, it } from "vitest";

import { appRouter, createCallerFactory, createContext } from "../src";
import { as, callerFor, expectTrpcError, sessionUserOf, TODAY, useDatabase } from "./helpers";

const createCaller = createCallerFactory(appRouter);

/** The second factor (等保 level 3): TOTP after the password, recovery codes, the policy, the reset. */
describe("the second factor", () => {
  const { db } = useDatabase();
  const PASSWORD = "Second-Step-2026";
  const at = (seconds: number) => new Date(TODAY.getTime() + seconds * 1000);
  const codeAt = (secret: string, seconds: number) =>
    generate({ secret, epoch: Math.floor(at(seconds).getTime() / 1000) });
  /** A caller whose clock reads TODAY plus `seconds`. */
  const callerAt = async (username: string, seconds = 0) =>
    createCaller(
      createContext({ db: db(), user: await sessionUserOf(db(), username), ip: "127.0.0.1", now: () => at(seconds) }),
    );

  const person = async (username: string, role: "zone_staff" | "bureau_staff" = "zone_staff") => {
    const [unit] = await db()
      .select()
      .from(schema.orgUnits)
      .where(eq(schema.orgUnits.code, role === "zone_staff" ? "park" : "bureau"));
    const [row] = await db()
      .insert(schema.users)
      .values({
        username,
        displayName: "双因素测试",
        role,
        unitId: unit!.id,
        passwordHash: await hashPassword(PASSWORD),
      })
      .returning();
    return row!;
  };
  const userRow = async (id: string) => (await db().select().from(schema.users).where(eq(schema.users.id, id)))[0]!;
  const audits = async (action: string, entityId: string) =>
    (
      await db()
        .select({ n: count() })
        .from(schema.auditLog)
        .where(and(eq(schema.auditLog.action, action), eq(schema.auditLog.entityId, entityId)))
    )[0]!.n;

  /** Enrols `username` at TODAY; returns the secret and the recovery codes. */
  const enrol = async (username: string) => {
    const caller = await callerAt(username);
    const { secret, uri } = await caller.account.beginSecondFactor();
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(uri).toContain(`secret=${secret}`);
    const { recoveryCodes } = await caller.account.confirmSecondFactor({ code: await codeAt(secret, 0) });
    return { secret, recoveryCodes };
  };
  const password = (login: string, ip: string) => authenticate(db(), { login, password: PASSWORD }, ip);
  const ticketOf = async (login: string, ip: string) => {
    const r = await password(login, ip);
    if (r.ok || r.reason !== "secondFactor") throw new Error(`expected the code step, got ${JSON.stringify(r)}`);
    return r.ticket;
  };

  afterAll(async () => {
    // Leave the demo's relaxed policy as it was for the files after this one.
    const admin = await as(db(), "secadmin");
    const { version } = await admin.admin.secondFactorPolicy();
    await admin.admin.setSecondFactorPolicy({ value: { requiredRoles: [] }, version });
  });

  it("enrols with a first code, then a sign-in needs the code after the password", async () => {
    const u = await person("tf.one");
    const { secret, recoveryCodes } = await enrol("tf.one");
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect(await audits("second_factor.enrolled", u.id)).toBe(1);
    expect((await (await callerAt("tf.one")).account.secondFactor()).enrolled).toBe(true);

    // The password alone opens no session: it earns the code step.
    const sessionsBefore = (
      await db().select({ n: count() }).from(schema.userSessions).where(eq(schema.userSessions.userId, u.id))
    )[0]!.n;
    const ticket = await ticketOf("tf.one", "10.9.0.1");
    const after = (
      await db().select({ n: count() }).from(schema.userSessions).where(eq(schema.userSessions.userId, u.id))
    )[0]!.n;
    expect(after).toBe(sessionsBefore);

    const code = await codeAt(secret, 60);
    const signedIn = await verifySecondStep(db(), { ticket, code }, "10.9.0.1", at(60));
    expect(signedIn.ok).toBe(true);
    expect(signedIn.ok && (await resolveSession(db(), signedIn.claims))?.id).toBe(u.id);
    expect(await audits("second_factor.verified", u.id)).toBe(1);

    // The same code again (a replay) is refused, even with a fresh ticket.
    const replay = await verifySecondStep(
      db(),
      { ticket: await ticketOf("tf.one", "10.9.0.1"), code },
      "10.9.0.1",
      at(70),
    );
    expect(replay).toEqual({ ok: false, reason: "wrongCode" });
    // A forged or altered ticket opens nothing.
    expect(
      await verifySecondStep(db(), { ticket: `${ticket}x`, code: await codeAt(secret, 90) }, "10.9.0.1", at(90)),
    ).toEqual({ ok: false, reason: "expired" });
  });

  it("keeps the secret sealed and the recovery codes hashed, never in clear", async () => {
    const u = await person("tf.two");
    const { secret, recoveryCodes } = await enrol("tf.two");
    const [factor] = await db().select().from(schema.secondFactors).where(eq(schema.secondFactors.userId, u.id));
    expect(factor!.secretSealed.startsWith("v1:")).toBe(true);
    expect(factor!.secretSealed).not.toContain(secret);
    const codes = await db().select().from(schema.recoveryCodes).where(eq(schema.recoveryCodes.userId, u.id));
    expect(codes).toHaveLength(10);
    for (const row of codes) {
      expect(row.codeHash.startsWith("$argon2id$")).toBe(true);
      for (const c of recoveryCodes) {
        expect(row.codeHash).not.toContain(c);
        expect(row.codeHash).not.toContain(c.replace("-", ""));
      }
    }
  });

  it("refuses a wrong code, counts it like a wrong password and locks after as many", async () => {
    const u = await person("tf.three");
    const { secret } = await enrol("tf.three");
    const ip = "10.9.0.3";
    const ticket = await ticketOf("tf.three", ip);
    for (let i = 0; i < SIGN_IN_LIMITS.perPair; i++)
      expect(await verifySecondStep(db(), { ticket, code: "000000" }, ip, at(60))).toEqual({
        ok: false,
        reason: "wrongCode",
      });
    expect(await audits("second_factor.failed", u.id)).toBe(SIGN_IN_LIMITS.perPair);
    const [refused] = await db()
      .select({ result: schema.auditLog.result, ip: schema.auditLog.ip })
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, "second_factor.failed"), eq(schema.auditLog.entityId, u.id)));
    expect(refused).toEqual({ result: "refused", ip });
    expect(await audits("auth.lockout", u.id)).toBe(1);
    // Now even the right code is refused from this address, and so is the password.
    const right = await verifySecondStep(db(), { ticket, code: await codeAt(secret, 60) }, ip, at(60));
    expect(right).toMatchObject({ ok: false, reason: "throttled" });
    expect(await password("tf.three", ip)).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("takes a recovery code once only, in any case and with or without its dash", async () => {
    const u = await person("tf.four");
    const { recoveryCodes } = await enrol("tf.four");
    const ip = "10.9.0.4";
    const first = await verifySecondStep(
      db(),
      { ticket: await ticketOf("tf.four", ip), code: recoveryCodes[3]!.toUpperCase().replace("-", " ") },
      ip,
      at(60),
    );
    expect(first.ok).toBe(true);
    expect(await audits("second_factor.recovery_used", u.id)).toBe(1);
    const again = await verifySecondStep(
      db(),
      { ticket: await ticketOf("tf.four", ip), code: recoveryCodes[3]! },
      ip,
      at(90),
    );
    expect(again).toEqual({ ok: false, reason: "wrongCode" });
    expect((await (await callerAt("tf.four")).account.secondFactor()).recoveryCodesLeft).toBe(9);
  });

  it("renews the recovery codes and disables an optional factor only with a current code, audited", async () => {
    const u = await person("tf.five");
    const { secret, recoveryCodes } = await enrol("tf.five");
    const caller = await callerAt("tf.five", 30);
    await expectTrpcError(caller.account.renewRecoveryCodes({ code: "123456" }), "BAD_REQUEST");
    expect(await audits("second_factor.failed", u.id)).toBe(1);
    const renewed = await caller.account.renewRecoveryCodes({ code: await codeAt(secret, 30) });
    expect(renewed.recoveryCodes).toHaveLength(10);
    expect(await audits("second_factor.recovery_renewed", u.id)).toBe(1);
    // The old codes are gone.
    const ip = "10.9.0.5";
    expect(
      await verifySecondStep(db(), { ticket: await ticketOf("tf.five", ip), code: recoveryCodes[0]! }, ip, at(60)),
    ).toEqual({
      ok: false,
      reason: "wrongCode",
    });
    // The code just used does not disable it (replay); the next one does.
    await expectTrpcError(caller.account.disableSecondFactor({ code: await codeAt(secret, 30) }), "BAD_REQUEST");
    await (await callerAt("tf.five", 60)).account.disableSecondFactor({ code: await codeAt(secret, 60) });
    expect(await audits("second_factor.disabled", u.id)).toBe(1);
    expect(await db().select().from(schema.recoveryCodes).where(eq(schema.recoveryCodes.userId, u.id))).toEqual([]);
    // The password alone signs in again.
    expect((await password("tf.five", "10.9.0.6")).ok).toBe(true);
  });

  it("sends a role the policy requires to enrol first, and lets it not turn the factor off", async () => {
    const u = await person("tf.six");
    const admin = await as(db(), "secadmin");
    const { version } = await admin.admin.secondFactorPolicy();
    await admin.admin.setSecondFactorPolicy({ value: { requiredRoles: ["zone_staff"] }, version });
    expect(await audits("setting.secondFactorPolicy", "secondFactorPolicy")).toBeGreaterThan(0);

    // The password signs in; the session can do nothing but enrol.
    const r = await password("tf.six", "10.9.0.7");
    expect(r.ok).toBe(true);
    const me = await resolveSession(db(), (r as { claims: SessionClaims }).claims);
    expect(me?.mustEnrolSecondFactor).toBe(true);
    const caller = callerFor(db(), me);
    await expect(caller.project.list({})).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "secondFactorEnrolmentRequired",
    });
    expect((await caller.account.secondFactor()).required).toBe(true);
    const { secret } = await caller.account.beginSecondFactor();
    await caller.account.confirmSecondFactor({ code: await codeAt(secret, 0) });
    const enrolled = await sessionUserOf(db(), "tf.six");
    expect(enrolled.mustEnrolSecondFactor).toBe(false);
    await expectTrpcError(
      callerFor(db(), enrolled).account.disableSecondFactor({ code: await codeAt(secret, 30) }),
      "BAD_REQUEST",
    );
    expect(await db().select().from(schema.secondFactors).where(eq(schema.secondFactors.userId, u.id))).toHaveLength(1);
    const back = await admin.admin.secondFactorPolicy();
    await admin.admin.setSecondFactorPolicy({ value: { requiredRoles: [] }, version: back.version });
  });

  it("requires it of the administrators, the bureau lead and the leaders when no policy is saved", async () => {
    expect(DEFAULT_SECOND_FACTOR_ROLES).toEqual(["sysadmin", "secadmin", "auditor", "bureau_lead", "leader"]);
    const claims = async (username: string) => {
      const [row] = await db().select().from(schema.users).where(eq(schema.users.username, username));
      return {
        uid: row!.id,
        role: row!.role,
        unitId: row!.unitId,
        enterpriseId: row!.enterpriseId,
        sv: row!.sessionVersion,
      };
    };
    const rollback = new Error("rollback");
    await db()
      .transaction(async (tx) => {
        await tx.delete(schema.settings).where(eq(schema.settings.key, "secondFactorPolicy"));
        for (const [username, required] of [
          ["sysadmin", true],
          ["secadmin", true],
          ["auditor", true],
          ["bureau.lead", true],
          ["leader", true],
          ["zone.park", false],
        ] as const) {
          const c = await claims(username);
          const [s] = await tx.insert(schema.userSessions).values({ userId: c.uid }).returning();
          expect((await resolveSession(tx, { ...c, sid: s!.id }))?.mustEnrolSecondFactor).toBe(required);
        }
        throw rollback;
      })
      .catch((e: unknown) => {
        if (e !== rollback) throw e;
      });
    const [kept] = await db().select().from(schema.settings).where(eq(schema.settings.key, "secondFactorPolicy"));
    expect(kept).toBeDefined();
  });

  it("is reset by a caller with account.resetCredentials only, never on one's own account, audited", async () => {
    const u = await person("tf.seven");
    await enrol("tf.seven");
    const old = await sessionUserOf(db(), "tf.seven");
    const admin = await as(db(), "secadmin");
    const row = await userRow(u.id);
    // Refused to a role without the permission, and audited as refused.
    await expectTrpcError(
      (await as(db(), "bureau.lead")).admin.resetSecondFactor({ id: u.id, version: row.version }),
      "FORBIDDEN",
    );
    expect(
      (
        await db()
          .select({ n: count() })
          .from(schema.auditLog)
          .where(and(eq(schema.auditLog.entityId, "admin.resetSecondFactor"), eq(schema.auditLog.result, "refused")))
      )[0]!.n,
    ).toBeGreaterThan(0);
    // Never one's own.
    const adminRow = (await db().select().from(schema.users).where(eq(schema.users.username, "secadmin")))[0]!;
    await expect(admin.admin.resetSecondFactor({ id: adminRow.id, version: adminRow.version })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "cannotChangeSelf",
    });
    expect((await admin.admin.users()).find((x) => x.id === u.id)?.secondFactor).toBe(true);
    await admin.admin.resetSecondFactor({ id: u.id, version: row.version });
    expect(await audits("second_factor.reset", u.id)).toBe(1);
    expect(await db().select().from(schema.secondFactors).where(eq(schema.secondFactors.userId, u.id))).toEqual([]);
    expect(await db().select().from(schema.recoveryCodes).where(eq(schema.recoveryCodes.userId, u.id))).toEqual([]);
    expect((await admin.admin.users()).find((x) => x.id === u.id)?.secondFactor).toBe(false);
    // Its sessions ended; the password alone signs in again (the role does not require a factor).
    expect(
      await resolveSession(db(), {
        uid: old.id,
        role: old.role,
        unitId: old.unitId,
        enterpriseId: null,
        sv: row.sessionVersion,
        sid: "00000000-0000-0000-0000-000000000000",
      }),
    ).toBeNull();
    expect((await password("tf.seven", "10.9.0.8")).ok).toBe(true);
    // A second reset finds nothing to reset.
    await expectTrpcError(
      admin.admin.resetSecondFactor({ id: u.id, version: (await userRow(u.id)).version }),
      "BAD_REQUEST",
    );
  });
});
