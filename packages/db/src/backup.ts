import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

import { lockPgliteDir } from "./pglite-lock";
import { repoRoot } from "./paths";

/**
 * Backups of the application's database (等保 level 3, backup and recovery): PostgreSQL through
 * pg_dump's custom format and pg_restore, the embedded PGlite as a gzipped tarball of its data
 * folder (PGlite's own dumpDataDir / loadDataDir). Restoring replaces what is there.
 */

/** Where backups go unless told: backups/ at the repository's root (ignored by git). */
export function defaultBackupDir(): string {
  return path.join(repoRoot(), "backups");
}

/** crm-<kind>-20261203-141500.<ext>, in Asia/Shanghai time, in `dir`. */
export function backupFileName(kind: "postgres" | "pglite", at: Date, dir = defaultBackupDir()): string {
  const local = new Date(at.getTime() + 8 * 3_600_000).toISOString().replace(/[-:]/g, "");
  const stamp = `${local.slice(0, 8)}-${local.slice(9, 15)}`;
  return path.join(dir, `crm-${kind}-${stamp}.${kind === "postgres" ? "dump" : "tar.gz"}`);
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}: ${stderr.trim().slice(0, 2000)}`)),
    );
  });
}

/** pg_dump --format=custom of the whole database (schema, data, triggers, grants) into `file`. */
export async function backupPostgres(url: string, file: string): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
  await run("pg_dump", ["--format=custom", "--no-owner", `--file=${file}`, `--dbname=${url}`]);
}

/**
 * pg_restore of a custom-format dump into the database at `url`, dropping what it replaces, in one
 * transaction: a restore that fails leaves the database as it was. The audit chain's triggers are
 * created after the data is loaded (pg_dump's post-data section), so rows keep their hashes.
 */
export async function restorePostgres(url: string, file: string): Promise<void> {
  if (!existsSync(file)) throw new Error(`no backup at ${file}`);
  await run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", `--dbname=${url}`, file]);
}

async function openPglite(dataDir: string | undefined, loadDataDir?: Blob) {
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const client = new PGlite({ dataDir, loadDataDir, extensions: { pg_trgm } });
  await client.waitReady;
  return client;
}

/** The PGlite data folder as a gzipped tarball; refused while the app holds the folder. */
export async function backupPglite(dataDir: string, file: string): Promise<void> {
  const release = lockPgliteDir(dataDir);
  try {
    const client = await openPglite(dataDir);
    const dump = await client.dumpDataDir("gzip");
    await client.close();
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    release();
  }
}

/** Replaces the PGlite data folder with a backup's; refused while the app holds the folder. */
export async function restorePglite(file: string, dataDir: string): Promise<void> {
  if (!existsSync(file)) throw new Error(`no backup at ${file}`);
  const release = lockPgliteDir(dataDir);
  try {
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(dataDir, { recursive: true });
    const client = await openPglite(dataDir, new Blob([readFileSync(file)], { type: "application/x-gzip" }));
    await client.close();
  } finally {
    release();
  }
}
