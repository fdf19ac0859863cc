import { authenticate } from "@crm/auth";
import { and, count, eq, schema, sealLegacyPersonalData, sql } from "@crm/db";
import { describe, expect, it } from "vitest";

import { as, useDatabase } from "./helpers";

/** Personal information (等保 level 3): sealed at rest, found by a keyed hash, masked in lists, full views audited. */
describe("personal data", () => {
  const { db } = useDatabase();
  const raw = async <T>(query: ReturnType<typeof sql>) => (await db().execute(query)) as unknown as T[];
  const views = async (entity: string, id: string) =>
    (
      await db()
        .select({ n: count() })
        .from(schema.auditLog)
        .where(
          and(
            eq(schema.auditLog.action, "personal.view"),
            eq(schema.auditLog.entity, entity),
            eq(schema.auditLog.entityId, id),
          ),
        )
    )[0]!.n;
  const jinding = async () =>
    (
      await db().select().from(schema.enterprises).where(eq(schema.enterprises.name, "湖南金鼎钻采专用管制造有限公司"))
    )[0]!;

  it("stores mobiles and contact phones sealed: no number in clear in the database, each read back through the app", async () => {
    const [user] = await raw<{ mobile: string; mobile_hash: string }>(
      sql`select mobile, mobile_hash from app_user where username = 'zone.park'`,
    );
    expect(user!.mobile).toMatch(/^v1:/);
    expect(user!.mobile).not.toContain("13807340011");
    expect(user!.mobile_hash).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [ent] = await raw<{ contact_phone: string }>(
      sql`select contact_phone from enterprise where name = '湖南金鼎钻采专用管制造有限公司'`,
    );
    expect(ent!.contact_phone).toMatch(/^v1:/);
    expect((await jinding()).contactPhone).toBe("13907340051");
    // Not one number of the demo anywhere in clear, in any of the sealed columns.
    for (const [table, column] of [
      ["app_user", "mobile"],
      ["enterprise", "contact_phone"],
      ["lead", "contact_phone"],
      ["carrier", "contact_phone"],
      ["prospect", "contact_phone"],
    ])
      expect(
        await raw(sql`select 1 from ${sql.identifier(table!)} where ${sql.identifier(column!)} not like 'v1:%'`),
        `${table}.${column}`,
      ).toEqual([]);
  });

  it("signs in by a mobile number through its keyed hash", async () => {
    const r = await authenticate(db(), { login: "13807340011", password: "Demo@2024" }, "10.0.7.1");
    expect(r.ok).toBe(true);
    // A refused attempt by mobile is audited with the number masked.
    await authenticate(db(), { login: "13807340011", password: "wrong" }, "10.0.7.2");
    const [failed] = await db()
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, "auth.sign_in.failed"), eq(schema.auditLog.ip, "10.0.7.2")));
    expect(failed!.after).toMatchObject({ login: "138****0011" });
  });

  it("seals a number stored in clear before, once, with its hash; running again changes nothing", async () => {
    const e = await jinding();
    await db().execute(sql`update enterprise set contact_phone = '13907340051' where id = ${e.id}`);
    await db().execute(sql`update app_user set mobile = '13807340041', mobile_hash = null where username = 'leader'`);
    expect(await sealLegacyPersonalData(db())).toBe(2);
    expect(await sealLegacyPersonalData(db())).toBe(0);
    const [row] = await raw<{ contact_phone: string }>(sql`select contact_phone from enterprise where id = ${e.id}`);
    expect(row!.contact_phone).toMatch(/^v1:/);
    expect((await jinding()).contactPhone).toBe("13907340051");
    expect((await authenticate(db(), { login: "13807340041", password: "Demo@2024" }, "10.0.7.3")).ok).toBe(true);
  });

  it("masks numbers in lists, shows them in full on the record to who keeps it (audited) and masked to readers", async () => {
    const users = await (await as(db(), "sysadmin")).admin.users();
    expect(users.find((u) => u.username === "zone.park")?.mobile).toBe("138****0011");
    for (const u of users) if (u.mobile) expect(u.mobile, u.username).toMatch(/^\d{3}\*{4}\d{4}$/);

    const e = await jinding();
    const before = await views("enterprise", e.id);
    const staff = await (await as(db(), "bureau.staff")).enterprise.byId({ id: e.id });
    expect(staff.contactPhone).toBe("13907340051");
    expect(staff.accounts.every((a) => !a.mobile || a.mobile.includes("****"))).toBe(true);
    expect(await views("enterprise", e.id)).toBe(before + 1);
    const leader = await (await as(db(), "leader")).enterprise.byId({ id: e.id });
    expect(leader.contactPhone).toBe("139****0051");
    expect(await views("enterprise", e.id)).toBe(before + 1); // a masked view is not a full one

    const carriers = await (await as(db(), "bureau.staff")).carrier.list({});
    const phones = carriers.items.map((c) => c.contactPhone).filter(Boolean);
    expect(phones.length).toBeGreaterThan(0);
    for (const p of phones) expect(p).toContain("*");
  });

  it("keeps phone numbers masked in the audit log's before and after", async () => {
    const lelin = await as(db(), "ent.lelin");
    const profile = await lelin.portal.profile();
    await lelin.portal.updateProfile({
      contactName: profile.contactName ?? "园长",
      contactPhone: "13911112222",
      version: profile.version,
    });
    const [row] = await db()
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.entity, "enterprise"))
      .orderBy(sql`${schema.auditLog.id} desc`)
      .limit(1);
    expect(JSON.stringify(row)).not.toContain("13911112222");
    expect(JSON.stringify(row!.after)).toContain("139****2222");
  });
});
