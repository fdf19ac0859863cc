import { expect, test } from "@playwright/test";

import { signInWithApi } from "../fixtures";

/**
 * 目标企业库: bureau.staff ranks the steel-pipe chain's targets at its weak 深加工 node, turns one
 * into a lead for 园区专班 through the duplicate check, and 园区专班 finds the lead in its work.
 */
test("bureau.staff turns a 深加工 target into a lead for 园区专班, who sees it in its leads", async ({
  page,
  browser,
}) => {
  const target = "沧州渤海弯管制造有限公司";
  await signInWithApi(page, "bureau.staff");
  await page.goto("/prospects");
  await page.getByLabel("产业链", { exact: true }).selectOption({ label: "钢管制造及深加工" });
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/chain=/);
  const node = page.getByLabel("节点", { exact: true });
  const deep = await node.locator("option", { hasText: "深加工" }).first().getAttribute("value");
  await node.selectOption(deep!);
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/node=/);
  const rows = page.getByTestId("prospect-row");
  // The node's open targets, ranked (the journey spec may already have raised one of the seed's two).
  expect(await rows.count()).toBeGreaterThanOrEqual(1);
  await expect(rows.filter({ hasText: target })).toHaveCount(1);
  // The score's parts are shown beside its total.
  await expect(
    rows.first().getByText(/补链 \d+(\.\d+)? · 规模 \d+(\.\d+)? · 资质 \d+(\.\d+)? · 风险 −\d+/),
  ).toBeVisible();

  await page.getByRole("link", { name: target }).click();
  await expect(page.getByRole("heading", { name: target })).toBeVisible();
  await expect(page.getByText("补链契合度").first()).toBeVisible();
  await page.getByRole("button", { name: "转为线索", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("承接专班").selectOption({ label: "园区专班" });
  await dialog.getByRole("button", { name: "确认转为线索" }).click();
  await expect(page.getByText("已转为线索并交给园区专班。")).toBeVisible();
  await page.getByRole("status").getByRole("link", { name: "查看线索" }).click();
  await expect(page).toHaveURL(/\/leads\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: target })).toBeVisible();
  const leadUrl = page.url();

  const zone = await browser.newContext();
  const park = await zone.newPage();
  await signInWithApi(park, "zone.park");
  await park.goto("/leads");
  await park.getByRole("link", { name: target }).click();
  await expect(park).toHaveURL(leadUrl);
  await expect(park.getByText("园区专班").first()).toBeVisible();
  await zone.close();
});

/**
 * A target logged through the form (its refused fields said under the field) whose enterprise a
 * lead already names: turning it into a lead is refused, naming that lead, and nothing is raised.
 */
test("a new target the duplicate check recognises is refused as a lead, naming the existing one", async ({ page }) => {
  await signInWithApi(page, "bureau.staff");
  await page.goto("/prospects/new");
  await page.getByRole("button", { name: "新增", exact: true }).click();
  await expect(page.getByText("请填写企业名称。")).toBeVisible();
  await page.getByLabel("企业名称").fill("天津中鼎石油钻具制造有限公司");
  await page.getByLabel("产业链", { exact: true }).selectOption({ label: "钢管制造及深加工" });
  const node = page.getByLabel("产业链节点");
  await node.selectOption((await node.locator("option", { hasText: "深加工" }).first().getAttribute("value"))!);
  await page.getByLabel("信息来源").fill("天津衡阳商会");
  await page.getByRole("button", { name: "新增", exact: true }).click();
  await expect(page).toHaveURL(/\/prospects\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "天津中鼎石油钻具制造有限公司" })).toBeVisible();

  await page.getByRole("button", { name: "转为线索", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("承接专班").selectOption({ label: "园区专班" });
  await dialog.getByRole("button", { name: "确认转为线索" }).click();
  const refusal = page.getByRole("alert").filter({ hasText: "线索库里已有同一家企业的线索" });
  await expect(refusal).toBeVisible();
  await expect(refusal.getByRole("link", { name: /天津中鼎石油钻具制造有限公司（商务局上报/ })).toBeVisible();
  await page.reload();
  await expect(page.getByText("待引进")).toBeVisible();
});

test("the target pages pass axe and fit a phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInWithApi(page, "bureau.staff");
  const { default: AxeBuilder } = await import("@axe-core/playwright");
  const found: string[] = [];
  for (const path of ["/prospects", "/prospects/new"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const { violations } = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    found.push(
      ...violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${path}: ${v.id} ${v.nodes[0]?.target.join(" ")}`),
    );
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
  await page.goto("/prospects");
  await page.getByTestId("prospect-row").first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/prospects\/[0-9a-f-]{36}$/);
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  found.push(
    ...violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `detail: ${v.id}`),
  );
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: test.info().outputPath("prospect-390.png"), fullPage: true });
  expect(found).toEqual([]);
});
