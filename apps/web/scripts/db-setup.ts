/**
 * Runs before the app starts (pnpm dev / pnpm start): applies the checked-in migrations and, into
 * an empty database, loads what it starts with. The embedded PGlite (the README's first command)
 * gets the demo district; a PostgreSQL gets the district's structure only (units, chains, calendar,
 * rules) and no account — its first one is made by `pnpm admin:create` — unless `--demo` asks for
 * the demo. `--no-demo` applies migrations only.
 * It runs in its own process and closes the database before Next opens it: PGlite allows one
 * process per data folder.
 */
import { hashPassword } from "@crm/auth";
import { createDb, migrationDbOptions, migrationsDir, withExclusiveLock, type DbHandle } from "@crm/db";
import { DEMO_PASSWORD, seedDemoIfEmpty, seedStructureIfEmpty } from "@crm/db/seed";

async function main() {
  const migrateOnly = process.argv.includes("--no-demo");
  const options = migrationDbOptions();
  const handle = await createDb(options);
  try {
    // Instances started together (pnpm start on each) take turns; the second finds nothing to do.
    await withExclusiveLock(handle.db, "db-setup", () => setUp(handle, options, migrateOnly));
  } finally {
    await handle.close();
  }
}

async function setUp(handle: DbHandle, options: ReturnType<typeof migrationDbOptions>, migrateOnly: boolean) {
  await handle.migrate(migrationsDir());
  const where = "dataDir" in options ? `PGlite in ${options.dataDir}` : "PostgreSQL";
  console.log(`[db] migrations applied on ${where}`);
  if (migrateOnly) return;
  if (handle.kind === "pglite" || process.argv.includes("--demo")) {
    const seeded = await seedDemoIfEmpty(handle.db, { passwordHash: await hashPassword(DEMO_PASSWORD) });
    console.log(seeded ? "[db] demo data loaded" : "[db] database already has data: demo data not loaded");
  } else if (await seedStructureIfEmpty(handle.db)) {
    console.log("[db] the district's units, chains, calendar and rules loaded; no accounts yet: run pnpm admin:create");
  }
}

main().catch((error: unknown) => {
  console.error(`[db] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
