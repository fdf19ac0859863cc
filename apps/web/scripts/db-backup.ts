/**
 * pnpm db:backup [file]: backs up the app's database — PostgreSQL (MIGRATION_DATABASE_URL, else
 * DATABASE_URL) with pg_dump's custom format, else the embedded PGlite's data folder as a tarball
 * (stop the app first: PGlite allows one process per folder). Default file: backups/crm-….
 */
import { migrationDbOptions } from "@crm/db";
import { backupFileName, backupPglite, backupPostgres } from "@crm/db/backup";

async function main() {
  const options = migrationDbOptions();
  const kind = "url" in options ? "postgres" : "pglite";
  const file = process.argv[2] ?? backupFileName(kind, new Date());
  if ("url" in options) await backupPostgres(options.url, file);
  else await backupPglite(options.dataDir, file);
  console.log(`[db] backup of ${kind} written to ${file}`);
}

main().catch((error: unknown) => {
  console.error(`[db] backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
