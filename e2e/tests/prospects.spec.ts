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
  expect(await rows.count()).toBeGreaterThanOrEqual(2);
  // The score's parts are shown beside its total.
  await expect(rows.first().getByText(/\d+(\.\d+)? \+ \d+(\.\d+)? \+ \d+(\.\d+)? − \d+/)).toBeVisible();

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
