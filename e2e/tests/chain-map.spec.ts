import { expect, test } from "@playwright/test";

import { signInWithApi } from "../fixtures";

/**
 * The chain map (产业链图谱): bureau.staff opens the steel-pipe map, clicks the weak 深加工 node and
 * reads its panel (金鼎 alone, so 弱 by the rule); the node list opens a panel with Enter; the whole
 * map downloads as a PNG at print width (≥ 3000 px, read from the PNG header), kept with the
 * test's artifacts.
 */
test("bureau.staff opens the steel-pipe map, the weak 深加工 node's panel and the PNG export", async ({
  page,
}, testInfo) => {
  await signInWithApi(page, "bureau.staff");
  await page.goto("/chains");
  await expect(page.getByRole("heading", { name: "产业链图谱" })).toBeVisible();
  await page.getByTestId("chain-steel_pipe").getByRole("link", { name: "钢管制造及深加工" }).click();
  await expect(page).toHaveURL(/\/chains\/steel_pipe$/);

  // A click on the node drawn in the chart opens its panel.
  const map = page.getByTestId("chain-map");
  const drawn = map.locator("svg text", { hasText: /^深加工$/ });
  await expect(drawn).toBeVisible();
  await drawn.click();
  const panel = page.getByTestId("node-panel");
  await expect(panel.getByRole("heading", { name: /深加工/ })).toBeVisible();
  await expect(panel.getByTestId("strength-rule")).toContainText("区内1家企业");
  await expect(panel.getByTestId("strength-rule")).toContainText("弱");
  await expect(panel.getByTestId("panel-enterprises")).toContainText("湖南金鼎钻采专用管制造有限公司");
  await expect(panel.getByTestId("panel-projects")).toContainText("中鼎石油钻采专用管项目");
  await expect(panel.getByTestId("panel-targets")).toBeVisible();

  // The same from the keyboard: the node list's button, Enter.
  const core = page.getByTestId("node-专用无缝钢管");
  await core.focus();
  await page.keyboard.press("Enter");
  await expect(panel.getByRole("heading", { name: /专用无缝钢管/ })).toBeVisible();
  await expect(panel.getByTestId("strength-rule")).toContainText("商务局调整为");

  // The whole map as a PNG at print resolution.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-png").click()]);
  expect(download.suggestedFilename()).toMatch(/^钢管制造及深加工-产业链图谱-\d{4}-\d{2}-\d{2}\.png$/);
  const bytes = Buffer.concat(await (await download.createReadStream()).toArray());
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  expect(width).toBeGreaterThanOrEqual(3000);
  expect(height).toBeGreaterThan(0);
  await testInfo.attach("steel-pipe-chain-map.png", { body: bytes, contentType: "image/png" });

  // The SVG and the PDF answer too.
  const svg = await page.request.get("/api/chains/steel_pipe/svg");
  expect(svg.status()).toBe(200);
  expect(await svg.text()).toContain("深加工");
  const pdf = await page.request.get("/api/chains/steel_pipe/pdf");
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
});

test("a map's export needs a signed-in staff account", async ({ request }) => {
  expect((await request.get("/api/chains/steel_pipe/png")).status()).toBe(401);
});

test("the map works on a phone: the chart scrolls in its box, the node list opens a panel", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInWithApi(page, "bureau.staff");
  await page.goto("/chains/auto");
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(pageWidth).toBeLessThanOrEqual(390);
  await page.getByTestId("node-试驾").click();
  const panel = page.getByTestId("node-panel");
  await expect(panel.getByRole("heading", { name: /试驾/ })).toBeVisible();
  await expect(panel.getByTestId("strength-rule")).toContainText("缺");
  await page.screenshot({ path: test.info().outputPath("auto-map-390.png"), fullPage: true });
});
