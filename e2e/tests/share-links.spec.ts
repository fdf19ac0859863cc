import { expect, test, type Page } from "@playwright/test";

import { pdfText, signInWithApi } from "../fixtures";

/**
 * The bureau makes an investor link to the opportunity list; someone without an account opens it,
 * prints it as a PDF, and finds only what an investor may see; once revoked, the link opens nothing.
 */
test("an investor link opens without an account, carries nothing internal, and stops when revoked", async ({
  page,
  browser,
}) => {
  await signInWithApi(page, "bureau.staff");
  await page.goto("/share-links");
  await page.getByLabel("标题").fill("蒸湘区招商机会清单");
  await page.getByLabel("联系方式（仅显示商务局）").fill("蒸湘区商务局投资促进股 0734-8000000");
  await page.getByRole("button", { name: "生成链接" }).click();
  const url = (await page.getByTestId("share-url").textContent())!.trim();
  expect(url).toMatch(/\/share\/[A-Za-z0-9_-]{32}$/);

  const stranger = await browser.newContext();
  const visitor = await stranger.newPage();
  await visitor.goto(url);
  await expect(visitor).toHaveURL(url);
  await expect(visitor.getByRole("heading", { name: "蒸湘区招商机会清单" })).toBeVisible();
  await expect(visitor.getByText("蒸湘区商务局投资促进股 0734-8000000")).toBeVisible();
  const text = (await visitor.locator("main").innerText()) + (await pdfOf(visitor, url));
  // Nothing a staff screen keeps to itself: no demo account's mobile, no staff page link.
  expect(text).not.toMatch(/1[3-9]\d{9}/);
  await expect(visitor.locator('a[href^="/projects"], a[href^="/leads"], a[href^="/prospects"]')).toHaveCount(0);

  await page.reload();
  await page.getByRole("button", { name: "撤销" }).first().click();
  await page.getByRole("dialog").getByRole("button", { name: "撤销" }).click();
  await expect(page.getByText("已失效").first()).toBeVisible();
  const gone = await visitor.goto(url);
  expect(gone?.status()).toBe(404);
  expect((await stranger.request.get(`${url.replace("/share/", "/api/share/")}/pdf`)).status()).toBe(404);
  await stranger.close();
});

test("a chain map's investor edition shows the map and its gaps, printable, and no target or reason", async ({
  page,
  browser,
}) => {
  await signInWithApi(page, "bureau.staff");
  await page.goto("/share-links");
  await page.getByLabel("内容").selectOption({ label: "产业链图谱" });
  await page.getByLabel("产业链", { exact: true }).selectOption({ label: "钢管制造及深加工" });
  await page.getByLabel("标题").fill("钢管产业链招商图谱");
  await page.getByLabel("联系方式（仅显示商务局）").fill("蒸湘区商务局投资促进股 0734-8000000");
  await page.getByRole("button", { name: "生成链接" }).click();
  const url = (await page.getByTestId("share-url").textContent())!.trim();

  const stranger = await browser.newContext();
  const visitor = await stranger.newPage();
  await visitor.goto(url);
  await expect(visitor.getByRole("heading", { name: "钢管产业链招商图谱" })).toBeVisible();
  await expect(visitor.getByRole("img", { name: /钢管制造及深加工产业链图谱，共\d+个节点/ })).toBeVisible();
  await expect(visitor.getByText(/深加工\s*补链/).first()).toBeVisible();
  const text = (await visitor.locator("main").innerText()) + (await pdfOf(visitor, url, "钢管产业链招商图谱"));
  // Targets at 深加工 (the seed's), the bureau's reason for 专用无缝钢管's strength: internal.
  for (const secret of ["沧州渤海弯管", "天津津滨石油管件", "森联集团", "链主企业", "拳头产品"])
    expect(text, secret).not.toContain(secret);
  expect(text).not.toMatch(/1[3-9]\d{9}/);
  await expect(
    visitor.locator(
      "a[href^='/projects'], a[href^='/leads'], a[href^='/prospects'], a[href^='/chains'], a[href^='/opportunities']",
    ),
  ).toHaveCount(0);
  await stranger.close();
});

async function pdfOf(visitor: Page, url: string, title = "蒸湘区招商机会清单") {
  const res = await visitor.request.get(`${url.replace("/share/", "/api/share/")}/pdf`);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/pdf");
  const text = await pdfText(await res.body());
  expect(text).toContain(title);
  return text;
}
