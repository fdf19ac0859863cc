import { existsSync } from "node:fs";
import path from "node:path";

/** The repository's root: the nearest folder upwards holding pnpm-workspace.yaml. */
export function repoRoot(from: string = process.cwd()): string {
  let dir = path.resolve(/*turbopackIgnore: true*/ from);
  for (;;) {
    if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no pnpm-workspace.yaml above ${from}`);
    dir = parent;
  }
}

export function migrationsDir(): string {
  return path.join(repoRoot(), "packages", "db", "migrations");
}

export function defaultPgliteDir(): string {
  return path.join(repoRoot(), ".data", "pglite");
}
