import { expect, test, type Page } from "@playwright/test";

import { signInWithApi } from "../fixtures";

/** The number the funnel's 签约 segment shows (its label reads "签约 N"). */
async function signedSegment(page: Page) {
  const label = page.locator('[data-chart="funnel"] svg text', { hasText: "签约" }).first();
  await expect(label).toBeVisible();
  const n = Number((await label.textContent())!.replace(/\D/g, ""));
  return { label, n };
}

test("a leader opens the cockpit, clicks the 签约 segment and lands on exactly that many projects", async ({
  page,
}) => {
  await signInWithApi(page, "leader");

  // 2024 at its year's end (from the stage history): no other test moves that.
  await page.goto("/cockpit?year=2024");
  await expect(page.getByRole("heading", { name: "领导驾驶舱" })).toBeVisible();
  await expect(page.getByText("全区 · 截至 2024年12月31日")).toBeVisible();
  const past = await signedSegment(page);
  expect(past.n).toBeGreaterThan(0);
  await past.label.click();
  await expect(page).toHaveURL(/\/projects\?.*stage=signed/);
  await expect(page).toHaveURL(/ye=2024/);
  await expect(page.getByTestId("project-totals")).toContainText(`共 ${past.n} 个项目`);
  await expect(page.locator("tbody tr")).toHaveCount(past.n);
  await expect(page.getByText("按 2024 年末阶段")).toBeVisible();

  // The headline: 26 projects signed in 2024 for 64亿元 (DOMAIN §4), the same on the list.
  await page.goto("/cockpit?year=2024");
  await page.getByRole("link", { name: "签约额 64亿元，26 个项目" }).click();
  await expect(page.getByTestId("project-totals")).toHaveText("共 26 个项目 · 签约额合计 64亿元");
  await expect(page.locator("tbody tr")).toHaveCount(26);

  // This year, today's stages: other tests may move a project meanwhile, so read and compare together.
  await expect(async () => {
    await page.goto("/cockpit");
    const now = await signedSegment(page);
    await now.label.click();
    await expect(page).toHaveURL(/\/projects\?stage=signed$/);
    await expect(page.getByTestId("project-totals")).toContainText(`共 ${now.n} 个项目`, { timeout: 5000 });
    await expect(page.locator("tbody tr")).toHaveCount(now.n, { timeout: 5000 });
  }).toPass({ timeout: 45_000 });
});

test("the big screen fills 1920×1080 in the dark and says when it read its figures", async ({ browser }, testInfo) => {
  const page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await signInWithApi(page, "leader");
  await page.goto("/cockpit/screen");
  const screen = page.getByTestId("cockpit-screen");
  await expect(screen.getByRole("heading", { name: "大招商格局 · 指挥大屏" })).toBeVisible();
  await expect(page.getByTestId("screen-read-at")).toContainText("每 60 秒刷新");
  await expect(page.locator('[data-chart="funnel"] svg')).toBeVisible();
  // Everything on one screen: nothing to scroll.
  const size = await page.evaluate(() => ({
    w: document.documentElement.scrollWidth,
    h: document.documentElement.scrollHeight,
  }));
  expect(size).toEqual({ w: 1920, h: 1080 });
  await page.screenshot({ path: testInfo.outputPath("cockpit-screen-1920x1080.png") });
  await testInfo.attach("big screen, 1920×1080", {
    path: testInfo.outputPath("cockpit-screen-1920x1080.png"),
    contentType: "image/png",
  });
});

test("a zone task force sees its own zone's cockpit, and the other zones only as totals", async ({ page }) => {
  await signInWithApi(page, "zone.park");
  await page.goto("/cockpit?year=2024");
  await expect(page.getByText("园区专班 · 截至 2024年12月31日")).toBeVisible();
  await expect(page.getByLabel("专班", { exact: true })).toHaveCount(0);
  const ranking = page.getByRole("region", { name: "五区专班排名" });
  await expect(ranking.getByRole("row")).toHaveCount(6);
  await expect(ranking.getByRole("row").filter({ hasText: "园区专班" }).getByRole("link")).toHaveCount(2);
  await expect(ranking.getByRole("row").filter({ hasText: "街区专班" }).getByRole("link")).toHaveCount(0);
});
