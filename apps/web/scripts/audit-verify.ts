/**
 * pnpm audit:verify: walks the audit log's hash chain (archive and live log) on the app's database
 * and names the first row altered, missing or unlinked. Exits 1 if there is one.
 */
import { appDbOptions, createDb, verifyAuditChain } from "@crm/db";

async function main() {
  const handle = await createDb(appDbOptions());
  try {
    const report = await verifyAuditChain(handle.db);
    if (report.ok) {
      console.log(`[audit] chain intact: ${report.rows} rows, last #${report.lastSeq}`);
      return;
    }
    const what = { altered: "altered", missing: "missing", unlinked: "not linked to the row before it" }[
      report.problem
    ];
    console.error(
      `[audit] chain broken at #${report.seq}${report.id != null ? ` (id ${report.id})` : ""}: ${what}; ${report.rows} rows before it are intact`,
    );
    process.exitCode = 1;
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(`[audit] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
