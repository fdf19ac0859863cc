import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { expect, test, type BrowserContext } from "@playwright/test";
import lighthouse from "lighthouse";

import { signInWithApi } from "../fixtures";

/**
 * Lighthouse's accessibility category on the pages people use most, signed in as the person who
 * uses each. Lighthouse drives the same Debian Chromium over its debugging port; a persistent
 * context is that browser's default one, so the tab Lighthouse opens carries the session cookie.
 * Scores are written to `reports/lighthouse.json` (quoted in the README); each must reach 98.
 */
const PAGES: { name: string; who: string | null; path: string }[] = [
  { name: "sign-in", who: null, path: "/sign-in" },
  { name: "home (bureau lead)", who: "bureau.lead", path: "/" },
  { name: "projects", who: "bureau.lead", path: "/projects" },
  { name: "a project page", who: "bureau.lead", path: "project" },
  { name: "cockpit", who: "leader", path: "/cockpit" },
  { name: "portal", who: "ent.lelin", path: "/portal" },
];
const MIN_SCORE = 98;
const DEBUG_PORT = 9300 + (Number(process.env.E2E_PORT ?? 3100) % 100);

test.describe.configure({ mode: "serial", timeout: 180_000 });

let context: BrowserContext;
const scores: Record<string, { score: number; auditsPassed: number }> = {};

test.beforeAll(async ({ playwright, baseURL }) => {
  context = await playwright.chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), "crm-lh-")), {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    baseURL,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    args: [
      `--remote-debugging-port=${DEBUG_PORT}`,
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
});

test.afterAll(async () => {
  await context?.close();
  mkdirSync("reports", { recursive: true });
  writeFileSync("reports/lighthouse.json", `${JSON.stringify(scores, null, 2)}\n`);
});

for (const { name, who, path: target } of PAGES) {
  test(`Lighthouse accessibility ≥ ${MIN_SCORE}: ${name}`, async ({ baseURL }) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await context.clearCookies();
    if (who) await signInWithApi(page, who);
    let url = `${baseURL}${target}`;
    if (target === "project") {
      await page.goto("/projects?q=jdzc");
      await page.getByRole("link", { name: "中鼎石油钻采专用管项目" }).click();
      await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}$/);
      url = page.url();
    }
    const result = await lighthouse(url, {
      port: DEBUG_PORT,
      onlyCategories: ["accessibility"],
      disableStorageReset: true,
      throttlingMethod: "provided",
      logLevel: "error",
      output: "json",
    });
    const lhr = result!.lhr;
    expect(lhr.finalDisplayedUrl, "Lighthouse stayed on the page (not sent to sign-in)").toBe(url);
    const score = Math.round((lhr.categories.accessibility!.score ?? 0) * 100);
    const checked = Object.values(lhr.audits).filter((a) => a.scoreDisplayMode === "binary");
    const failed = checked.filter((a) => a.score !== 1).map((a) => `${a.id}: ${a.title}`);
    scores[name] = { score, auditsPassed: checked.length - failed.length };
    // The page was really checked: Lighthouse applied its audits to a rendered page, not an empty one.
    expect(checked.length).toBeGreaterThan(15);
    expect(score, `failing audits: ${failed.join("; ")}`).toBeGreaterThanOrEqual(MIN_SCORE);
  });
}
