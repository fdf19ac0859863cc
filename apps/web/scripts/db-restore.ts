/**
 * pnpm db:restore <file>: replaces the app's database with a backup made by pnpm db:backup (a .dump
 * into PostgreSQL, a .tar.gz into the PGlite data folder), then checks the audit chain. Stop the
 * app first.
 */
import { createDb, migrationDbOptions, verifyAuditChain } from "@crm/db";
import { restorePglite, restorePostgres } from "@crm/db/backup";

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error("name the backup file: pnpm db:restore backups/crm-….dump");
  const options = migrationDbOptions();
  if ("url" in options) await restorePostgres(options.url, file);
  else await restorePglite(file, options.dataDir);
  const handle = await createDb(options);
  try {
    const report = await verifyAuditChain(handle.db);
    if (!report.ok) throw new Error(`restored, but the audit chain is broken at #${report.seq} (${report.problem})`);
    console.log(`[db] restored from ${file}; audit chain intact (${report.rows} rows)`);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(`[db] restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
