import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

import { signInWithApi } from "../fixtures";

/** axe-core on every main page: no serious or critical violation (WCAG 2.1 A/AA rules). */
async function serious(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.length}× ${v.nodes[0]?.target.join(" ")} — ${v.help}`);
}

test("the sign-in page", async ({ page }) => {
  await page.goto("/sign-in");
  expect(await serious(page)).toEqual([]);
});

const STAFF_PAGES: [string, string[]][] = [
  [
    "bureau.lead",
    [
      "/",
      "/work",
      "/projects",
      "/leads",
      "/cockpit",
      "/bulletin",
      "/requests",
      "/approvals",
      "/dispatch",
      "/chains",
      "/chains/steel_pipe",
      "/opportunities",
      "/prospects",
      "/share-links",
    ],
  ],
  ["zone.park", ["/", "/work", "/projects", "/dispatch", "/opportunities"]],
  ["dept.edu", ["/", "/approvals"]],
  ["sysadmin", ["/admin/users", "/admin/approvals", "/admin/calendar", "/admin/webhooks", "/admin/targets"]],
  ["secadmin", ["/admin/users"]],
  ["auditor", ["/admin/audit"]],
];

// One test per page: each signs in and reads one page, so a slow page says which it is.
for (const [who, paths] of STAFF_PAGES) {
  for (const path of paths) {
    test(`${path} of ${who}`, async ({ page }) => {
      await signInWithApi(page, who);
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      expect(await serious(page)).toEqual([]);
    });
  }
}

test("a project page", async ({ page }) => {
  await signInWithApi(page, "bureau.lead");
  await page.goto("/projects?q=jdzc");
  await page.getByRole("link", { name: "中鼎石油钻采专用管项目" }).click();
  await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}$/);
  await page.waitForLoadState("networkidle");
  expect(await serious(page)).toEqual([]);
});

test("the enterprise portal", async ({ page }) => {
  await signInWithApi(page, "ent.lelin");
  const found: string[] = [];
  for (const path of ["/portal", "/portal/requests"]) {
    await page.goto(path);
    found.push(...(await serious(page)).map((v) => `${path}: ${v}`));
  }
  expect(found).toEqual([]);
});
