import { expect, test } from "@playwright/test";

import { signInWithApi } from "../fixtures";

test("the system administrator adds a holiday to next year's calendar, sees a weekend refused, and removes it after confirming", async ({
  page,
}) => {
  await signInWithApi(page, "sysadmin");
  await page.goto("/admin/calendar?year=2027");
  await expect(page.getByText("2027年", { exact: true })).toBeVisible();

  // A Saturday is already a day off: marking it a holiday is refused with the reason.
  await page.getByLabel("日期").fill("2027-03-06");
  await page.getByLabel("说明").fill("测试节日");
  await page.getByRole("button", { name: "添加" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "周末本就休息" })).toBeVisible();

  await page.getByLabel("日期").fill("2027-03-08");
  await page.getByRole("button", { name: "添加" }).click();
  const row = page.getByRole("row").filter({ hasText: "2027年3月8日" });
  await expect(row).toContainText("周一");
  await expect(row).toContainText("测试节日");

  await row.getByRole("button", { name: "移除" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("移除 2027年3月8日？");
  await dialog.getByRole("button", { name: "移除" }).click();
  await expect(row).toHaveCount(0);
});

test("the bureau lead changes a point of the scoring rule and the page keeps it", async ({ page }) => {
  await signInWithApi(page, "bureau.lead");
  await page.goto("/admin/rules");
  const scoring = page.locator("form").filter({ has: page.getByLabel("新增线索") });
  const field = scoring.getByLabel("新增线索");
  const save = scoring.getByRole("button", { name: "保存" });
  const before = await field.inputValue();
  const changed = String(Number(before) + 0.25);
  // Typed before the form hydrates, a value would be reset to the default: type until the form takes it.
  await expect(async () => {
    await field.fill(changed);
    await expect(save).toBeEnabled({ timeout: 1000 });
  }).toPass();
  await save.click();
  await expect(scoring.getByRole("status")).toHaveText("已保存。");
  await page.reload();
  await expect(page.getByLabel("新增线索")).toHaveValue(changed);
  // Put the demo's rule back for the other tests.
  await expect(async () => {
    await field.fill(before);
    await expect(save).toBeEnabled({ timeout: 1000 });
  }).toPass();
  await save.click();
  await expect(scoring.getByRole("status")).toHaveText("已保存。");
});
