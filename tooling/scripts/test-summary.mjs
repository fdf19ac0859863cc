#!/usr/bin/env node
// Adds up what every test runner of `pnpm test` reported (vitest's and Playwright's JSON reports)
// and prints one closing line: "N passed, N failed, N skipped".
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const vitest = ["packages/domain", "packages/db", "packages/auth", "packages/api"].map((p) =>
  path.join(root, p, "reports/vitest.json"),
);
const playwright = path.join(root, "e2e/reports/results.json");

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of vitest) {
  if (!existsSync(file)) continue;
  const r = JSON.parse(readFileSync(file, "utf8"));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
}
if (existsSync(playwright)) {
  const { stats } = JSON.parse(readFileSync(playwright, "utf8"));
  passed += stats.expected + stats.flaky;
  if (stats.flaky)
    console.log(`${stats.flaky} end-to-end test(s) passed only on their retry (flaky): see e2e/playwright-report`);
  failed += stats.unexpected;
  skipped += stats.skipped;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
