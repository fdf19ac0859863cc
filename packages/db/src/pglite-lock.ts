import { readFileSync, unlinkSync, writeFileSync } from "node:fs";

/**
 * PGlite has no lock of its own: a second process opening the same data folder gets no error and
 * can corrupt it. A pid file beside the folder refuses the second process with a clear message.
 */
export function lockPgliteDir(dataDir: string): () => void {
  const file = `${dataDir}.lock`;
  const holder = readHolder(file);
  if (holder !== null && holder !== process.pid && isAlive(holder)) {
    throw new Error(
      `The embedded database in ${dataDir} is open in process ${holder}. ` +
        "PGlite allows one process per data folder: stop that process (or set PGLITE_DIR to another folder) and try again.",
    );
  }
  writeFileSync(file, String(process.pid));
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    try {
      if (readHolder(file) === process.pid) unlinkSync(file);
    } catch {
      // already gone
    }
  };
  process.once("exit", release);
  return release;
}

function readHolder(file: string): number | null {
  try {
    const pid = Number(readFileSync(file, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
