import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { createDb, migrationsDir, sql, verifyAuditChain, writeAudit, type Database } from "../src";
import { backupPglite, backupPostgres, restorePglite, restorePostgres } from "../src/backup";
import { seedDemoIfEmpty } from "../src/seed";
import { createTestDatabase } from "../src/testing";

/** Every table's row count, for comparing a database before a backup and after its restore. */
async function rowCounts(db: Database): Promise<Record<string, number>> {
  const result = (await db.execute(sql`
    select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'
    order by table_name`)) as unknown;
  const tables = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { table_name: string }[];
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const r = (await db.execute(sql.raw(`select count(*)::int as n from "${table_name}"`))) as unknown;
    const [row] = (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows) as { n: number }[];
    counts[table_name] = Number(row!.n);
  }
  return counts;
}

async function fill(db: Database) {
  await seedDemoIfEmpty(db, { passwordHash: "not-a-real-hash" });
  for (let n = 0; n < 5; n++)
    await writeAudit(db, { actorId: null, action: "test.write", entity: "thing", entityId: String(n), after: { n } });
}

const work = mkdtempSync(path.join(tmpdir(), "crm-backup-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The rehearsal the README asks for: back up, drop, restore; the same rows and an intact audit chain. */
describe("backup and restore", () => {
  it("on PostgreSQL: pg_dump, drop the database, pg_restore into a new one", async () => {
    const source = await createTestDatabase("crm_backup");
    const file = path.join(work, "crm.dump");
    let before: Record<string, number>;
    {
      const h = await createDb({ url: source.url, max: 2 });
      await h.migrate(migrationsDir());
      await fill(h.db);
      before = await rowCounts(h.db);
      await h.close();
    }
    await backupPostgres(source.url, file);
    await source.drop();
    const target = await createTestDatabase("crm_restore");
    try {
      await restorePostgres(target.url, file);
      const h = await createDb({ url: target.url, max: 2 });
      try {
        expect(before.project).toBeGreaterThan(0);
        expect(before.audit_log).toBe(5);
        expect(await rowCounts(h.db)).toEqual(before);
        expect(await verifyAuditChain(h.db)).toEqual({ ok: true, rows: 5, lastSeq: 5 });
        // The restored log is as protected as the original, and its chain goes on.
        await expect(h.db.execute(sql`delete from audit_log`)).rejects.toThrow();
        await writeAudit(h.db, { actorId: null, action: "test.after", entity: "thing" });
        expect(await verifyAuditChain(h.db)).toMatchObject({ ok: true, rows: 6 });
      } finally {
        await h.close();
      }
    } finally {
      await target.drop();
    }
  });

  it("on PGlite: the data folder's tarball, the folder removed, then loaded back", async () => {
    const dataDir = path.join(work, "pglite");
    const file = path.join(work, "crm.tar.gz");
    let before: Record<string, number>;
    {
      const h = await createDb({ dataDir });
      await h.migrate(migrationsDir());
      await fill(h.db);
      before = await rowCounts(h.db);
      await h.close();
    }
    await backupPglite(dataDir, file);
    rmSync(dataDir, { recursive: true, force: true });
    await restorePglite(file, dataDir);
    const h = await createDb({ dataDir });
    try {
      expect(before.project).toBeGreaterThan(0);
      expect(await rowCounts(h.db)).toEqual(before);
      expect(await verifyAuditChain(h.db)).toEqual({ ok: true, rows: 5, lastSeq: 5 });
    } finally {
      await h.close();
    }
  });
});
