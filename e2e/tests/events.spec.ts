import AxeBuilder from "@axe-core/playwright";
import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";

import { confirmStep, signInWithApi } from "../fixtures";

test("on a phone, the bureau checks in two guests of today's 推介会 and raises a lead from one", async ({
  browser,
}) => {
  const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await signInWithApi(page, "bureau.staff");
  await page.goto("/events");
  await page.getByRole("link", { name: "钢管及深加工产业链招商推介会" }).click();
  await page.getByRole("link", { name: "签到", exact: true }).click();
  await expect(page.getByRole("heading", { name: "钢管及深加工产业链招商推介会" })).toBeVisible();
  await expect(page.getByText("已签到 0 / 4")).toBeVisible();

  // Search by name, one tap each.
  const search = page.getByRole("searchbox", { name: "搜索企业或姓名" });
  await search.fill("宏泰");
  await page.getByRole("button", { name: /湖南宏泰钢管制造有限公司/ }).click();
  await expect(page.getByText("已签到 1 / 4")).toBeVisible();
  await search.fill("蒋文华");
  await page.getByRole("button", { name: /衡阳精工石油机械有限公司/ }).click();
  await expect(page.getByText("已签到 2 / 4")).toBeVisible();
  await search.fill("");
  const hongtai = page.getByRole("listitem").filter({ hasText: "湖南宏泰钢管制造有限公司" });
  await expect(hongtai.getByRole("button", { name: /^湖南宏泰钢管制造有限公司.*签到$/ })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await page.screenshot({ path: "test-results/events-check-in-phone.png", fullPage: true });

  // A lead from 宏泰, through the duplicate check (none here), after a confirmation.
  await hongtai.getByRole("button", { name: "生成线索" }).click();
  await confirmStep(page);
  await hongtai.getByRole("link", { name: "查看线索" }).click();
  await expect(page).toHaveURL(/\/leads\/[0-9a-f-]{36}$/);
  await expect(page.getByText("湖南宏泰钢管制造有限公司").first()).toBeVisible();
});

test("the autumn signing ceremony flags a project signed in spring, and the year's results leave it out", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInWithApi(page, "bureau.staff");
  await page.goto("/events");
  await page.getByRole("link", { name: "2026年秋季招商引资项目签约仪式" }).click();
  const rows = page.getByTestId("signing-row");
  await expect(rows).toHaveCount(3);
  const repeat = rows.filter({ hasText: "不重复计入" });
  await expect(repeat).toHaveCount(1);
  await expect(repeat).toContainText("已在“2026年春季重点项目集中签约仪式”（2026年4月16日）签约，不重复计入");
  await expect(rows.filter({ has: page.getByText("计入", { exact: true }) })).toHaveCount(2);
  await page.screenshot({ path: "test-results/events-signing-list.png", fullPage: true });

  await page.goto("/events/results?year=2026");
  const autumn = page.getByTestId("results-event").filter({ hasText: "2026年秋季招商引资项目签约仪式" });
  await expect(autumn.getByTestId("counted-signings")).toHaveText("2");
  const spring = page.getByTestId("results-event").filter({ hasText: "2026年春季重点项目集中签约仪式" });
  await expect(spring.getByTestId("counted-signings")).toHaveText("2");
  // The year counts four signed projects, not five.
  await expect(page.getByTestId("results-total").getByTestId("counted-signings")).toHaveText("4");
  await page.screenshot({ path: "test-results/events-results.png", fullPage: true });
});

test("the event pages have no serious accessibility violation, on a phone and at desktop size", async ({ page }) => {
  await signInWithApi(page, "bureau.staff");
  await page.goto("/events");
  await page.getByRole("link", { name: "新春“湘商回归”恳谈会" }).click();
  await expect(page).toHaveURL(/\/events\/[0-9a-f-]{36}$/);
  await expect(page.getByText("衡阳美丽家园文化旅游发展有限公司")).toBeVisible();
  const detail = new URL(page.url()).pathname;
  const found: string[] = [];
  for (const [path, width, height] of [
    ["/events", 1280, 900],
    ["/events/results?year=2024", 1280, 900],
    [detail, 1280, 900],
    [`${detail}/check-in`, 390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
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
  }
  expect(found).toEqual([]);
});

test("the bureau imports an organiser's attendee sheet onto an event after a preview", async ({ page }) => {
  await signInWithApi(page, "bureau.staff");
  await page.goto("/events");
  await page.getByRole("link", { name: "2026年春季重点项目集中签约仪式" }).click();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("参会名单");
  sheet.addRow(["2026年春季签约仪式参会企业名单"]);
  sheet.mergeCells(1, 1, 1, 3);
  sheet.addRow(["单位名称", "姓名", "手机号"]);
  sheet.addRow(["湖南导入示例一有限公司", "陈一", "13907349901"]);
  sheet.addRow(["湖南导入示例二有限公司", "林二", ""]);
  const buffer = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  await page.locator("input[type=file]").setInputFiles({
    name: "参会名单.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer,
  });
  await expect(page.getByRole("status").filter({ hasText: "共 2 行" })).toContainText("全部可以导入");
  await page.getByRole("button", { name: "确认导入 2 行" }).click();
  await expect(page.getByText("已导入 2 行。")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "湖南导入示例一有限公司" })).toContainText("13907349901");
});
