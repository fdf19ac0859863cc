import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { archiveAuditLog, eq, schema, sql, verifyAuditChain, writeAudit, type DbHandle } from "../src";
import { createTestDatabase, openMigrated, type TestDatabase } from "../src/testing";

const entry = (n: number) => ({
  actorId: null,
  action: "test.write",
  entity: "thing",
  entityId: String(n),
  before: { n, 名: "旧" },
  after: { n: n + 1, 名: "新", list: [1, 2] },
  ip: "10.0.0.1",
});

/** The audit log's hash chain and its protection (等保 level 3, issue 15 item 3), on both databases. */
describe.each(["postgres", "pglite"] as const)("the audit chain on %s", (kind) => {
  let handle: DbHandle;
  let testDb: TestDatabase | undefined;
  beforeAll(async () => {
    testDb = kind === "postgres" ? await createTestDatabase("crm_audit") : undefined;
    handle = await openMigrated(kind, testDb?.url);
  });
  afterAll(async () => {
    await handle?.close();
    await testDb?.drop();
  });
  const db = () => handle.db;
  /** As the database owner with the protection triggers off: what only an attacker with the owner's rights could do. */
  const tamper = async (statement: ReturnType<typeof sql>) => {
    await db().execute(sql`alter table audit_log disable trigger audit_log_immutable`);
    try {
      await db().execute(statement);
    } finally {
      await db().execute(sql`alter table audit_log enable trigger audit_log_immutable`);
    }
  };

  it("chains every row to the one before, whatever the writer sends, and verifies", async () => {
    for (let n = 1; n <= 5; n++) await writeAudit(db(), entry(n));
    // A writer that sends its own place and hashes gets the chain's instead.
    await db()
      .insert(schema.auditLog)
      .values({ action: "test.forged", entity: "thing", seq: 999, prevHash: "x", hash: "y" });
    const rows = await db().select().from(schema.auditLog).orderBy(schema.auditLog.seq);
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prevHash).toBe(rows[i - 1]!.hash);
    expect(rows[0]!.prevHash).toBe("");
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.hash) && r.result === "done")).toBe(true);
    expect(await verifyAuditChain(db(), 2)).toEqual({ ok: true, rows: 6, lastSeq: 6 });
  });

  it("refuses UPDATE, DELETE and TRUNCATE on the log, even to its owner", async () => {
    await expect(db().execute(sql`update audit_log set action = 'x' where seq = 1`)).rejects.toThrow();
    await expect(db().execute(sql`delete from audit_log where seq = 1`)).rejects.toThrow();
    await expect(db().execute(sql`truncate audit_log`)).rejects.toThrow();
    // Setting the archival flag by hand does not open UPDATE.
    await expect(
      db().transaction(async (tx) => {
        await tx.execute(sql`select set_config('crm.audit_archiving', 'on', true)`);
        await tx.execute(sql`update audit_log set action = 'x' where seq = 1`);
      }),
    ).rejects.toThrow();
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true, rows: 6 });
  });

  it("lets the application's role read and append to the log but not change it", async () => {
    await db().transaction(async (tx) => {
      await tx.execute(sql`set local role crm_app`);
      await writeAudit(tx, entry(7));
      const [row] = await tx.select().from(schema.auditLog).where(eq(schema.auditLog.seq, 7));
      expect(row?.entityId).toBe("7");
    });
    for (const statement of [
      sql`update audit_log set action = 'x' where seq = 1`,
      sql`delete from audit_log where seq = 1`,
      sql`truncate audit_log`,
    ]) {
      const error = await db()
        .transaction(async (tx) => {
          await tx.execute(sql`set local role crm_app`);
          // Even with the owner's protection triggers off, the role has no such privilege.
          await tx.execute(statement);
        })
        .then(
          () => null,
          (e: unknown) => e as { cause?: { message?: string }; message: string },
        );
      expect(String(error?.cause?.message ?? error?.message)).toMatch(/permission denied/);
    }
  });

  it("names the first altered row, and a deleted one", async () => {
    await tamper(sql`update audit_log set after = '{"n": 100}'::jsonb where seq = 3`);
    expect(await verifyAuditChain(db())).toMatchObject({ ok: false, seq: 3, problem: "altered" });
    // Put back as it was and the chain holds again: the check is of content, not of a flag.
    await tamper(sql`update audit_log set after = ${JSON.stringify(entry(3).after)}::jsonb where seq = 3`);
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true, rows: 7 });
    await tamper(sql`delete from audit_log where seq = 4`);
    expect(await verifyAuditChain(db())).toMatchObject({ ok: false, seq: 4, problem: "missing" });
  });
});

describe.each(["postgres", "pglite"] as const)("archiving the audit log on %s", (kind) => {
  let handle: DbHandle;
  let testDb: TestDatabase | undefined;
  beforeAll(async () => {
    testDb = kind === "postgres" ? await createTestDatabase("crm_audit_archive") : undefined;
    handle = await openMigrated(kind, testDb?.url);
  });
  afterAll(async () => {
    await handle?.close();
    await testDb?.drop();
  });

  it("moves rows older than 180 days, with their chain, and never the recent ones", async () => {
    const db = handle.db;
    const old = new Date(Date.now() - 400 * 86_400_000);
    const recent = new Date(Date.now() - 100 * 86_400_000);
    for (const at of [old, old, recent, new Date()])
      await db.insert(schema.auditLog).values({ action: "test.write", entity: "thing", at });
    // Asked to archive everything up to now, it keeps the last 180 days.
    expect(await archiveAuditLog(db, new Date())).toBe(2);
    expect((await db.select().from(schema.auditLogArchive)).map((r) => r.seq)).toEqual([1, 2]);
    expect((await db.select().from(schema.auditLog)).map((r) => r.seq).sort()).toEqual([3, 4]);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, rows: 4, lastSeq: 4 });
    // The archive is as immutable as the log.
    await expect(db.execute(sql`delete from audit_log_archive`)).rejects.toThrow();
    // The chain goes on after the archived rows.
    await db.insert(schema.auditLog).values({ action: "test.write", entity: "thing" });
    expect(await verifyAuditChain(db)).toEqual({ ok: true, rows: 5, lastSeq: 5 });
  });
});

describe("the audit chain under concurrent writers on postgres", () => {
  let handle: DbHandle;
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase("crm_audit_concurrent");
    handle = await openMigrated("postgres", testDb.url);
  });
  afterAll(async () => {
    await handle?.close();
    await testDb?.drop();
  });

  it("keeps one unbroken chain when twenty transactions write at once", async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        handle.db.transaction(async (tx) => {
          for (let k = 0; k < 3; k++) await writeAudit(tx, entry(i * 3 + k));
        }),
      ),
    );
    expect(await verifyAuditChain(handle.db, 7)).toEqual({ ok: true, rows: 60, lastSeq: 60 });
  });
});
